//! From a camera frame to an [`AnalysedFrame`]: the face models' findings (detection, mesh,
//! person mask, other faces) and the head geometry of design §3 (eye centres, crown, chin,
//! the ideal 35:45 crop). The checks (`checks/`) read only this.
//!
//! [`Analyser`] keeps what a live preview needs between frames: the last person mask (the
//! segmentation may run every other frame), the face it is tracking (the detector runs on every
//! third frame while the mesh follows the face in between, as MediaPipe's own face-mesh graph
//! does), the previous landmarks (for jitter) and the time of the last `rustface` pass.
//! The iris model runs on one eye every other live frame (the frames the segmentation skips),
//! the two eyes in turn; between runs an eye's iris is carried over, moved with its corners.
//! `analyse_still` runs everything on one picture, the face parsing too (`hat_reading`); live,
//! the photo guide runs the face parsing on its own thread and hands its reading in.

use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use image::RgbImage;

use super::capture::CropRect;
use super::checks::background::BackgroundView;
use super::checks::{self, CheckResult, Verdict};
use super::hat_reading::read_hat;
use crate::config::PhotoChecksConfig;
use crate::face::geometry::downscale_box;
use crate::face::mesh::{Landmark, MeshResult};
use crate::face::{
    Detection, FaceModels, FaceParser, IrisResult, ModelError, PersonMask, Point, Rect, SecondFaces,
};

/// Photo height : width of the 45 × 35 mm format, and the head geometry of design §3 (mm).
pub const PHOTO_H_MM: f32 = 45.0;
pub const PHOTO_W_MM: f32 = 35.0;
/// Crown (with hair) to chin.
pub const HEAD_MM: f32 = 34.0;
/// Crown below the top edge.
pub const CROWN_MARGIN_MM: f32 = 4.0;
/// Crown above the forehead landmark when no person mask says better, as a fraction of the
/// forehead-to-chin distance.
const CROWN_FALLBACK: f32 = 0.22;
/// The crown from the mask is searched up to this fraction of forehead-to-chin above the
/// forehead landmark, and is at least `CROWN_MIN` above it.
const CROWN_MAX: f32 = 0.6;
const CROWN_MIN: f32 = 0.1;
/// Width of the downscaled copy the detector and segmentation see (at least).
const WORK_WIDTH: u32 = 320;
/// A second face counts when its score reaches this.
const OTHER_FACE_SCORE: f32 = 0.5;
/// While a face is tracked, the detector runs on every n-th frame (for new and second faces)
/// and the mesh follows the face from the previous frame's landmarks in between.
pub const DETECT_EVERY: u32 = 5;
/// The mesh's face-presence score below which the track is dropped and the next frame runs
/// the detector again.
const TRACK_PRESENCE: f32 = 0.7;

/// Mesh landmark indices (see `face::mesh`).
pub mod lm {
    pub const FOREHEAD: usize = 10;
    pub const CHIN: usize = 152;
    pub const NOSE_TIP: usize = 1;
    pub const SIDE_RIGHT: usize = 234;
    pub const SIDE_LEFT: usize = 454;
    /// Subject's right eye: outer corner, inner corner, upper lid, lower lid (two pairs more).
    pub const RIGHT_EYE: [usize; 8] = [33, 133, 159, 145, 160, 144, 158, 153];
    pub const LEFT_EYE: [usize; 8] = [263, 362, 386, 374, 387, 373, 385, 380];
    /// The lid margins around each eye's opening, in order (MediaPipe's eye contours).
    pub const RIGHT_EYE_OPENING: [usize; 16] = [
        33, 246, 161, 160, 159, 158, 157, 173, 133, 155, 154, 153, 145, 144, 163, 7,
    ];
    pub const LEFT_EYE_OPENING: [usize; 16] = [
        263, 466, 388, 387, 386, 385, 384, 398, 362, 382, 381, 380, 374, 373, 390, 249,
    ];
    pub const LIP_UPPER_INNER: usize = 13;
    pub const LIP_LOWER_INNER: usize = 14;
    pub const MOUTH_RIGHT: usize = 61;
    pub const MOUTH_LEFT: usize = 291;
    pub const CHEEK_RIGHT: usize = 205;
    pub const CHEEK_LEFT: usize = 425;
    pub const BETWEEN_BROWS: usize = 9;
    pub const UNDER_LIP: usize = 17;
}

/// Where the head is, in frame pixels, per design §3.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HeadGeometry {
    pub right_eye: Point,
    pub left_eye: Point,
    /// Distance between the eye centres (IED).
    pub eye_distance: f32,
    /// Eye midpoint → chin (T).
    pub t: f32,
    pub chin: Point,
    /// Top of the head including hair.
    pub crown: Point,
    /// Whether the crown came from the person mask (else from face proportions).
    pub crown_from_mask: bool,
    /// The x of the face's midline.
    pub midline_x: f32,
    /// The 35:45 crop the geometry asks for; may reach outside the frame.
    pub ideal_crop: Rect,
}

/// The face the photo is of.
#[derive(Debug, Clone, PartialEq)]
pub struct FaceAnalysis {
    pub detection: Detection,
    pub mesh: MeshResult,
    pub head: HeadGeometry,
    /// The iris of the subject's right and left eye, from the iris model (`None` where it
    /// has not run yet, or in tests without models).
    pub irises: [Option<IrisResult>; 2],
}

impl FaceAnalysis {
    pub fn lm(&self, i: usize) -> Landmark {
        self.mesh.landmarks.get(i).copied().unwrap_or_default()
    }
    pub fn point(&self, i: usize) -> Point {
        self.lm(i).point()
    }
}

/// Time spent per stage of one analysis.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct StageTimes {
    pub detector: Duration,
    pub mesh: Duration,
    pub iris: Duration,
    pub segmentation: Duration,
    pub second_faces: Duration,
}

/// Everything the checks need about one frame.
#[derive(Debug, Clone)]
pub struct AnalysedFrame {
    /// The frame itself (personal data: never logged).
    pub image: Arc<RgbImage>,
    /// The main face (the detector's best), if any.
    pub face: Option<FaceAnalysis>,
    /// Other faces (detector and rustface), boxes in frame pixels.
    pub other_faces: Vec<Rect>,
    /// The person mask (this frame's, or the previous frame's when segmentation was skipped).
    pub mask: Option<PersonMask>,
    /// Mean landmark movement since the previous frame, scaled to 100 px between the eyes;
    /// `None` for a still or the first frame.
    pub jitter_px: Option<f32>,
    pub times: StageTimes,
    /// The face-parsing network's hat share of the main face's head (see `hat_reading`):
    /// `None` with no face, or live before a reading that fits this head has come back.
    pub hat_share: Option<f32>,
    /// The background view the background checks share, made once on first use.
    pub background_cache: OnceLock<Option<Arc<BackgroundView>>>,
}

impl AnalysedFrame {
    pub fn width(&self) -> u32 {
        self.image.width()
    }
    pub fn height(&self) -> u32 {
        self.image.height()
    }

    /// The crop that will be taken: the ideal crop moved inside the frame, or `None` when it
    /// is larger than the frame or there is no face.
    pub fn crop(&self) -> Option<Rect> {
        let face = self.face.as_ref()?;
        clamp_crop(
            face.head.ideal_crop,
            self.width() as f32,
            self.height() as f32,
        )
    }
}

/// Moves `crop` inside a `w`×`h` frame without resizing it; `None` if it does not fit.
pub fn clamp_crop(crop: Rect, w: f32, h: f32) -> Option<Rect> {
    if crop.w > w || crop.h > h || crop.w <= 0.0 || crop.h <= 0.0 {
        return None;
    }
    Some(Rect::new(
        crop.x.clamp(0.0, w - crop.w),
        crop.y.clamp(0.0, h - crop.h),
        crop.w,
        crop.h,
    ))
}

/// The head geometry from a mesh, and the mask when there is one.
pub fn head_geometry(landmarks: &[Landmark], mask: Option<&PersonMask>) -> Option<HeadGeometry> {
    let p = |i: usize| landmarks.get(i).map(Landmark::point);
    let centre = |idx: &[usize]| -> Option<Point> {
        let mut sum = Point::default();
        for &i in &idx[..4] {
            let q = p(i)?;
            sum.x += q.x;
            sum.y += q.y;
        }
        Some(Point::new(sum.x / 4.0, sum.y / 4.0))
    };
    let right_eye = centre(&lm::RIGHT_EYE)?;
    let left_eye = centre(&lm::LEFT_EYE)?;
    let chin = p(lm::CHIN)?;
    let forehead = p(lm::FOREHEAD)?;
    let eye_mid = right_eye.midpoint(left_eye);
    let face_len = forehead.distance(chin);
    if face_len < 1.0 {
        return None;
    }
    let up = Point::new(
        (forehead.x - chin.x) / face_len,
        (forehead.y - chin.y) / face_len,
    );
    let along = |k: f32| {
        Point::new(
            forehead.x + up.x * k * face_len,
            forehead.y + up.y * k * face_len,
        )
    };
    let (crown, crown_from_mask) = match mask {
        Some(mask) if mask.at(forehead) >= 0.5 => {
            let steps = 60;
            let mut last = CROWN_MIN;
            for s in 0..=steps {
                let k = CROWN_MAX * s as f32 / steps as f32;
                if mask.at(along(k)) >= 0.5 {
                    last = k.max(CROWN_MIN);
                } else {
                    break;
                }
            }
            (along(last), true)
        }
        _ => (along(CROWN_FALLBACK), false),
    };
    let head = (chin.y - crown.y).max(1.0);
    let c = head * PHOTO_H_MM / HEAD_MM;
    let w = c * PHOTO_W_MM / PHOTO_H_MM;
    let midline_x = (eye_mid.x + chin.x) / 2.0;
    let top = crown.y - c * CROWN_MARGIN_MM / PHOTO_H_MM;
    Some(HeadGeometry {
        right_eye,
        left_eye,
        eye_distance: right_eye.distance(left_eye),
        t: eye_mid.distance(chin).max(1.0),
        chin,
        crown,
        crown_from_mask,
        midline_x,
        ideal_crop: Rect::new(midline_x - w / 2.0, top, w, c),
    })
}

/// The photo analysis with its state between frames.
pub struct Analyser {
    models: FaceModels,
    /// Run segmentation on every n-th frame (1 = every frame).
    segmentation_every: u32,
    frame_index: u64,
    last_mask: Option<PersonMask>,
    last_landmarks: Option<(Vec<Landmark>, f32)>,
    /// The face followed between detector runs.
    track: Option<Track>,
    /// How many times the detector ran (for tests and the benchmark).
    detector_runs: u64,
    second_faces: Option<SecondFaces>,
    /// Each eye's last iris, relative to its corners (see [`EyeIris`]); none on a still, so
    /// the iris model runs on both eyes there.
    last_irises: [Option<EyeIris>; 2],
    rustface_every: Duration,
    last_rustface: Option<(Instant, Vec<Rect>)>,
}

impl std::fmt::Debug for Analyser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyser")
            .field("segmentation_every", &self.segmentation_every)
            .field("frame_index", &self.frame_index)
            .finish_non_exhaustive()
    }
}

impl Analyser {
    /// An analyser for live frames: segmentation every other frame, rustface once a second.
    pub fn new(models: FaceModels) -> Self {
        Analyser {
            models,
            segmentation_every: 2,
            frame_index: 0,
            last_mask: None,
            last_landmarks: None,
            track: None,
            detector_runs: 0,
            second_faces: SecondFaces::load(),
            last_irises: [None, None],
            rustface_every: Duration::from_secs(1),
            last_rustface: None,
        }
    }

    /// Loads the models from the default folder.
    pub fn load_default() -> Result<Self, ModelError> {
        Ok(Self::new(FaceModels::load_default()?))
    }

    /// Every stage on one picture, with no memory of earlier frames (the CLI, tests).
    pub fn analyse_still(&mut self, image: Arc<RgbImage>) -> Result<AnalysedFrame, ModelError> {
        self.last_mask = None;
        self.last_landmarks = None;
        self.last_rustface = None;
        self.track = None;
        self.frame_index = 0;
        self.last_irises = [None, None];
        let frame = self.analyse(image, Instant::now());
        self.last_irises = [None, None];
        let mut frame = frame?;
        if let Some(face) = &frame.face {
            frame.hat_share = read_hat(&self.models.parser, &frame.image, face)?.map(|r| r.share);
        }
        self.last_landmarks = None;
        self.track = None;
        Ok(frame)
    }

    /// The face-parsing network, for a thread that runs it beside the live analysis.
    pub fn parser(&self) -> Arc<FaceParser> {
        Arc::clone(&self.models.parser)
    }

    /// How many frames the face detector has run on so far.
    pub fn detector_runs(&self) -> u64 {
        self.detector_runs
    }

    /// Both eyes' irises for a face with these landmarks: on a live frame the iris model runs
    /// on at most one eye (see the module's doc), the other carried over from its last run; on a
    /// still, on both.
    fn irises(
        &mut self,
        image: &RgbImage,
        landmarks: &[Landmark],
    ) -> Result<[Option<IrisResult>; 2], ModelError> {
        let corners = |eye: usize| {
            let (outer, inner) = if eye == 0 {
                (lm::RIGHT_EYE[0], lm::RIGHT_EYE[1])
            } else {
                (lm::LEFT_EYE[0], lm::LEFT_EYE[1])
            };
            let at = |i: usize| landmarks.get(i).map(|l| l.point());
            at(outer).zip(at(inner))
        };
        let mut out = [None, None];
        for (eye, slot) in out.iter_mut().enumerate() {
            let Some((outer, inner)) = corners(eye) else {
                self.last_irises[eye] = None;
                continue;
            };
            // Live: on the frames the segmentation skips (even indices once counted), one
            // eye, the two in turn: each eye every fourth frame, about eight times a second.
            let due = self.last_irises[eye].is_none() || self.frame_index % 4 == 2 * eye as u64;
            if due {
                let iris = self.models.iris.iris(image, outer, inner, eye == 1)?;
                self.last_irises[eye] = Some(EyeIris::relative(iris, outer, inner));
            }
            *slot = self.last_irises[eye].map(|e| e.at(outer, inner));
        }
        Ok(out)
    }

    /// One live frame at time `now` (for the once-a-second rustface pass).
    pub fn analyse(
        &mut self,
        image: Arc<RgbImage>,
        now: Instant,
    ) -> Result<AnalysedFrame, ModelError> {
        let mut times = StageTimes::default();
        let t0 = Instant::now();
        // The detector (128 px) and the segmentation (256 px) see the whole frame: both work
        // on one box-downscaled copy about 320 px wide; the mesh samples the full frame.
        // Made only on the frames the detector or the segmentation runs.
        let k = (image.width() / WORK_WIDTH).max(1);
        let mut small: Option<RgbImage> = None;
        let tracked = self
            .track
            .as_ref()
            .filter(|t| t.frames_since_detector + 1 < DETECT_EVERY)
            .map(|t| (t.detection, t.others.clone()));
        let (main, mut other_faces, detected) = match tracked {
            Some((detection, others)) => (Some(detection), others, false),
            None => {
                self.detector_runs += 1;
                let mut found = self
                    .models
                    .detector
                    .detect(small.get_or_insert_with(|| downscale_box(&image, k)))?
                    .into_iter()
                    .map(|d| d.scaled(k as f32));
                let main = found.next();
                let others: Vec<Rect> = found
                    .filter(|d| d.score >= OTHER_FACE_SCORE)
                    .map(|d| d.bbox)
                    .collect();
                (main, others, true)
            }
        };
        times.detector = t0.elapsed();

        let t1 = Instant::now();
        let run_segmentation = self.last_mask.is_none()
            || self
                .frame_index
                .is_multiple_of(u64::from(self.segmentation_every.max(1)));
        if run_segmentation {
            let small = small.get_or_insert_with(|| downscale_box(&image, k));
            let mask = self.models.segmenter.mask(small)?;
            self.last_mask = Some(mask.for_frame(image.width(), image.height()));
        }
        times.segmentation = t1.elapsed();
        self.frame_index += 1;

        let t2 = Instant::now();
        let face = match main {
            Some(detection) => {
                let mesh = self.models.mesh.landmarks(&image, &detection)?;
                head_geometry(&mesh.landmarks, self.last_mask.as_ref()).map(|head| FaceAnalysis {
                    detection,
                    mesh,
                    head,
                    irises: [None, None],
                })
            }
            None => None,
        };
        times.mesh = t2.elapsed();

        let t_iris = Instant::now();
        let face = match face {
            Some(mut f) => {
                f.irises = self.irises(&image, &f.mesh.landmarks)?;
                Some(f)
            }
            None => {
                self.last_irises = [None, None];
                None
            }
        };
        times.iris = t_iris.elapsed();
        self.track = match (&face, main) {
            (Some(f), Some(used)) if f.mesh.presence >= TRACK_PRESENCE => {
                let previous = self.track.as_ref().filter(|_| !detected);
                Some(Track::follow(
                    used,
                    previous.map(|t| t.anchor),
                    &f.mesh.landmarks,
                    other_faces.clone(),
                    previous.map_or(0, |t| t.frames_since_detector + 1),
                ))
            }
            _ => None,
        };

        let t3 = Instant::now();
        let due = self
            .last_rustface
            .as_ref()
            .is_none_or(|(at, _)| now.duration_since(*at) >= self.rustface_every);
        if due && let Some(second) = &self.second_faces {
            let boxes = second.faces(&image);
            self.last_rustface = Some((now, boxes));
        }
        times.second_faces = t3.elapsed();
        if let Some((_, boxes)) = &self.last_rustface {
            for b in boxes {
                let is_main = face.as_ref().is_some_and(|f| {
                    f.detection.bbox.iou(b) > 0.1 || f.detection.bbox.contains(b.centre())
                });
                let known = other_faces.iter().any(|o| o.iou(b) > 0.1);
                if !is_main && !known {
                    other_faces.push(*b);
                }
            }
        }

        let jitter_px = match (&face, &self.last_landmarks) {
            (Some(f), Some((prev, _))) if prev.len() == f.mesh.landmarks.len() => {
                let n = prev.len().max(1) as f32;
                let moved: f32 = prev
                    .iter()
                    .zip(&f.mesh.landmarks)
                    .map(|(a, b)| a.point().distance(b.point()))
                    .sum::<f32>()
                    / n;
                Some(moved * 100.0 / f.head.eye_distance.max(1.0))
            }
            _ => None,
        };
        self.last_landmarks = face
            .as_ref()
            .map(|f| (f.mesh.landmarks.clone(), f.head.eye_distance));

        Ok(AnalysedFrame {
            image,
            face,
            other_faces,
            mask: self.last_mask.clone(),
            jitter_px,
            times,
            hat_share: None,
            background_cache: OnceLock::new(),
        })
    }
}

/// An iris relative to its eye: the centre in the frame whose x axis runs from the outer to
/// the inner corner (corner distance = 1), and the radius over the corner distance; so an
/// iris measured on one frame can be placed on the next, whose eye has moved a little.
#[derive(Debug, Clone, Copy, PartialEq)]
struct EyeIris {
    along: f32,
    across: f32,
    radius: f32,
}

impl EyeIris {
    fn relative(iris: IrisResult, outer: Point, inner: Point) -> EyeIris {
        let (dx, dy) = (inner.x - outer.x, inner.y - outer.y);
        let len2 = (dx * dx + dy * dy).max(1e-6);
        let (px, py) = (iris.centre.x - outer.x, iris.centre.y - outer.y);
        EyeIris {
            along: (px * dx + py * dy) / len2,
            across: (py * dx - px * dy) / len2,
            radius: iris.radius / len2.sqrt(),
        }
    }

    fn at(self, outer: Point, inner: Point) -> IrisResult {
        let (dx, dy) = (inner.x - outer.x, inner.y - outer.y);
        IrisResult {
            centre: Point::new(
                outer.x + self.along * dx - self.across * dy,
                outer.y + self.along * dy + self.across * dx,
            ),
            radius: self.radius * dx.hypot(dy),
        }
    }
}

/// The face followed from frame to frame between detector runs: the detector's box, moved with
/// the mesh, so the mesh's region of interest keeps the detector's scale and angle (the
/// framing the mesh model was trained with).
#[derive(Debug, Clone)]
struct Track {
    detection: Detection,
    /// The centre of the mesh the track was last moved to.
    anchor: Point,
    others: Vec<Rect>,
    frames_since_detector: u32,
}

impl Track {
    /// The track after a frame whose mesh was found from `used`: `used` moved by how far the
    /// mesh's centre moved since `previous_anchor` (not at all right after a detector run).
    /// Its angle stays the detector's until the next detector run (a few frames later).
    fn follow(
        used: Detection,
        previous_anchor: Option<Point>,
        landmarks: &[Landmark],
        others: Vec<Rect>,
        frames_since_detector: u32,
    ) -> Track {
        let n = landmarks.len().max(1) as f32;
        let (sx, sy) = landmarks
            .iter()
            .fold((0.0, 0.0), |(x, y), l| (x + l.x, y + l.y));
        let centre = Point::new(sx / n, sy / n);
        let (dx, dy) = previous_anchor.map_or((0.0, 0.0), |a| (centre.x - a.x, centre.y - a.y));
        let mut detection = used;
        detection.bbox = Rect::new(used.bbox.x + dx, used.bbox.y + dy, used.bbox.w, used.bbox.h);
        detection.keypoints = used.keypoints.map(|p| Point::new(p.x + dx, p.y + dy));
        Track {
            detection,
            anchor: centre,
            others,
            frames_since_detector,
        }
    }
}

/// The production photo analysis of one frame: the analysed frame, every check's result (in
/// priority order) and the crop that would be taken. The kiosk and `check-photo` both use it.
#[derive(Debug, Clone)]
pub struct PhotoAnalysis {
    pub frame: AnalysedFrame,
    pub results: Vec<CheckResult>,
    pub crop: Option<CropRect>,
}

impl PhotoAnalysis {
    /// Runs the checks on an analysed frame; `previous` are the last frame's results (for
    /// hysteresis), empty for a still.
    pub fn judge(frame: AnalysedFrame, cfg: &PhotoChecksConfig, previous: &[CheckResult]) -> Self {
        let results = checks::run_all(&frame, cfg, previous);
        let crop = frame
            .crop()
            .and_then(|r| CropRect::fit(r.x, r.y, r.h, frame.width(), frame.height()));
        PhotoAnalysis {
            frame,
            results,
            crop,
        }
    }

    /// Whether every check passes (warnings included: the kiosk asks the user to confirm those).
    pub fn all_pass(&self) -> bool {
        self.results.iter().all(|r| r.verdict == Verdict::Pass)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_carried_over_iris_moves_and_turns_with_its_eye_corners() {
        let iris = IrisResult {
            centre: Point::new(112.0, 203.0),
            radius: 9.0,
        };
        let (outer, inner) = (Point::new(100.0, 200.0), Point::new(140.0, 200.0));
        let rel = EyeIris::relative(iris, outer, inner);
        let same = rel.at(outer, inner);
        assert!(same.centre.distance(iris.centre) < 1e-4 && (same.radius - 9.0).abs() < 1e-4);
        // The head moved 30 px right and turned 90° about the outer corner.
        let moved = rel.at(Point::new(130.0, 200.0), Point::new(130.0, 240.0));
        assert!(
            moved.centre.distance(Point::new(127.0, 212.0)) < 1e-3,
            "{:?}",
            moved.centre
        );
        // Twice as close: twice as large.
        let closer = rel.at(outer, Point::new(180.0, 200.0));
        assert!((closer.radius - 18.0).abs() < 1e-4);
    }

    fn mesh_with(points: &[(usize, f32, f32)]) -> Vec<Landmark> {
        let mut lms = vec![Landmark::default(); crate::face::mesh::LANDMARKS];
        for &(i, x, y) in points {
            lms[i] = Landmark { x, y, z: 0.0 };
        }
        lms
    }

    /// A level face: eyes at y = 300, 100 px apart around x = 640, forehead 200, chin 480.
    pub(crate) fn level_face() -> Vec<Landmark> {
        let mut pts = vec![(lm::FOREHEAD, 640.0, 200.0), (lm::CHIN, 640.0, 480.0)];
        for (k, &i) in lm::RIGHT_EYE[..4].iter().enumerate() {
            pts.push((
                i,
                590.0 + [-15.0, 15.0, 0.0, 0.0][k],
                300.0 + [0.0, 0.0, -5.0, 5.0][k],
            ));
        }
        for (k, &i) in lm::LEFT_EYE[..4].iter().enumerate() {
            pts.push((
                i,
                690.0 + [15.0, -15.0, 0.0, 0.0][k],
                300.0 + [0.0, 0.0, -5.0, 5.0][k],
            ));
        }
        mesh_with(&pts)
    }

    #[test]
    fn the_crop_follows_the_passport_geometry() {
        let head = head_geometry(&level_face(), None).expect("geometry");
        assert!((head.eye_distance - 100.0).abs() < 1e-3);
        // Crown from proportions: 22 % of 280 px above the forehead.
        let crown_to_chin = head.chin.y - head.crown.y;
        assert!(
            (crown_to_chin - 280.0 * 1.22).abs() < 0.5,
            "{crown_to_chin}"
        );
        let c = head.ideal_crop;
        assert!((c.h / c.w - 45.0 / 35.0).abs() < 1e-4, "35:45");
        // Head is 34 of 45 mm; crown 4 mm below the top; chin 7 mm above the bottom.
        assert!((crown_to_chin / c.h - 34.0 / 45.0).abs() < 1e-4);
        assert!(((head.crown.y - c.y) / c.h - 4.0 / 45.0).abs() < 1e-4);
        assert!(((c.bottom() - head.chin.y) / c.h - 7.0 / 45.0).abs() < 1e-4);
        assert!((c.centre().x - 640.0).abs() < 1e-3, "centred on the face");
    }

    #[test]
    fn a_crop_larger_than_the_frame_cannot_be_taken() {
        assert!(clamp_crop(Rect::new(0.0, 0.0, 500.0, 800.0), 1280.0, 720.0).is_none());
        let moved = clamp_crop(Rect::new(-10.0, 5.0, 300.0, 400.0), 1280.0, 720.0);
        assert_eq!(moved, Some(Rect::new(0.0, 5.0, 300.0, 400.0)));
    }
}
