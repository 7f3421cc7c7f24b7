//! [`Raster`]: a small CPU renderer for egui_kittest, so UI tests can take snapshots and
//! screenshots without a GPU, wgpu or lavapipe (see README, departures).
//!
//! It does what egui's own renderers do, in plain Rust and in a fixed order, so the same
//! shapes always give the same pixels on every machine:
//! - keeps the textures from the frames' [`TexturesDelta`]s (whole and partial updates, frees
//!   applied one frame late, like "free after painting");
//! - tessellates the frame's shapes with egui's tessellator at the frame's pixels-per-point;
//! - fills each triangle inside its clip rectangle (pixel centres, top-left fill rule, so
//!   shared edges are painted once), interpolating the premultiplied vertex colours and the
//!   texture coordinates;
//! - samples the texture (bilinear for linear filtering, nearest otherwise; clamp, repeat or
//!   mirror at the edges), multiplies it with the vertex colour and blends it "over" the
//!   picture with premultiplied alpha, in gamma space, 8 bits per channel after each triangle.
//!
//! Differences with a GPU: filtering is done in gamma space (egui-wgpu filters sRGB textures
//! in linear space), and there are no mipmaps. Both only show on scaled images (the camera
//! video), never on text or flat shapes.

use std::collections::HashMap;

use egui::epaint::{ClippedPrimitive, ImageDelta, Primitive, Vertex};
use egui::{Color32, ImageData, Pos2, TextureFilter, TextureId, TextureOptions, TextureWrapMode};

/// One texture as the renderer keeps it: premultiplied sRGBA texels, row by row.
struct Texture {
    size: [usize; 2],
    texels: Vec<Color32>,
    options: TextureOptions,
}

impl Texture {
    fn texel(&self, x: i64, y: i64) -> [f32; 4] {
        let [w, h] = self.size;
        let x = wrap(x, w, self.options.wrap_mode);
        let y = wrap(y, h, self.options.wrap_mode);
        let c = self.texels[y * w + x];
        [c.r(), c.g(), c.b(), c.a()].map(f32::from)
    }

    /// The texture's colour at normalised coordinates `uv`, with `filter`.
    fn sample(&self, uv: Pos2, filter: TextureFilter) -> [f32; 4] {
        let x = uv.x * self.size[0] as f32;
        let y = uv.y * self.size[1] as f32;
        match filter {
            TextureFilter::Nearest => self.texel(x.floor() as i64, y.floor() as i64),
            TextureFilter::Linear => {
                // Texel centres sit at half-integers.
                let (x, y) = (x - 0.5, y - 0.5);
                let (x0, y0) = (x.floor(), y.floor());
                let (fx, fy) = (x - x0, y - y0);
                let (x0, y0) = (x0 as i64, y0 as i64);
                let top = lerp(self.texel(x0, y0), self.texel(x0 + 1, y0), fx);
                let bottom = lerp(self.texel(x0, y0 + 1), self.texel(x0 + 1, y0 + 1), fx);
                lerp(top, bottom, fy)
            }
        }
    }
}

/// A texel index inside `0..len` for any integer coordinate.
fn wrap(i: i64, len: usize, mode: TextureWrapMode) -> usize {
    let n = len.max(1) as i64;
    let i = match mode {
        TextureWrapMode::ClampToEdge => i.clamp(0, n - 1),
        TextureWrapMode::Repeat => i.rem_euclid(n),
        TextureWrapMode::MirroredRepeat => {
            let m = i.rem_euclid(2 * n);
            if m < n { m } else { 2 * n - 1 - m }
        }
    };
    i as usize
}

fn lerp(a: [f32; 4], b: [f32; 4], t: f32) -> [f32; 4] {
    std::array::from_fn(|i| a[i] + (b[i] - a[i]) * t)
}

/// The CPU test renderer; give it to `HarnessBuilder::renderer`.
#[derive(Default)]
pub struct Raster {
    textures: HashMap<TextureId, Texture>,
    /// Textures freed by the last frame, dropped when the next frame's changes arrive.
    to_free: Vec<TextureId>,
}

impl Raster {
    pub fn new() -> Self {
        Self::default()
    }

    fn apply(&mut self, id: TextureId, delta: &ImageDelta) -> Result<(), String> {
        let ImageData::Color(image) = &delta.image;
        match delta.pos {
            None => {
                self.textures.insert(
                    id,
                    Texture {
                        size: image.size,
                        texels: image.pixels.clone(),
                        options: delta.options,
                    },
                );
            }
            Some([x0, y0]) => {
                let tex = self
                    .textures
                    .get_mut(&id)
                    .ok_or_else(|| format!("partial update of unknown texture {id:?}"))?;
                let [w, h] = image.size;
                if x0 + w > tex.size[0] || y0 + h > tex.size[1] {
                    return Err(format!("partial update outside texture {id:?}"));
                }
                for row in 0..h {
                    let dst = (y0 + row) * tex.size[0] + x0;
                    tex.texels[dst..dst + w].copy_from_slice(&image.pixels[row * w..(row + 1) * w]);
                }
                tex.options = delta.options;
            }
        }
        Ok(())
    }

    /// Paints the tessellated `primitives` on a transparent picture of `size` pixels.
    pub fn paint(
        &self,
        primitives: &[ClippedPrimitive],
        pixels_per_point: f32,
        size: [u32; 2],
    ) -> Result<image::RgbaImage, String> {
        let mut canvas = Canvas {
            pixels: image::RgbaImage::new(size[0], size[1]),
        };
        for p in primitives {
            let mesh = match &p.primitive {
                Primitive::Mesh(mesh) => mesh,
                Primitive::Callback(_) => return Err("paint callbacks are not supported".into()),
            };
            let tex = self
                .textures
                .get(&mesh.texture_id)
                .ok_or_else(|| format!("unknown texture {:?}", mesh.texture_id))?;
            // Clip rectangle in whole pixels, rounded as egui's renderers round it.
            let clip = [
                (p.clip_rect.min.x * pixels_per_point).round(),
                (p.clip_rect.min.y * pixels_per_point).round(),
                (p.clip_rect.max.x * pixels_per_point).round(),
                (p.clip_rect.max.y * pixels_per_point).round(),
            ];
            let clip = [
                clip[0].clamp(0.0, size[0] as f32) as u32,
                clip[1].clamp(0.0, size[1] as f32) as u32,
                clip[2].clamp(0.0, size[0] as f32) as u32,
                clip[3].clamp(0.0, size[1] as f32) as u32,
            ];
            if clip[0] >= clip[2] || clip[1] >= clip[3] {
                continue;
            }
            for tri in mesh.indices.chunks_exact(3) {
                let v = |i: u32| {
                    mesh.vertices
                        .get(i as usize)
                        .copied()
                        .ok_or_else(|| "vertex index out of range".to_owned())
                };
                let mut tri = [v(tri[0])?, v(tri[1])?, v(tri[2])?];
                for vertex in &mut tri {
                    vertex.pos = (vertex.pos.to_vec2() * pixels_per_point).to_pos2();
                }
                canvas.triangle(tri, tex, clip);
            }
        }
        Ok(canvas.pixels)
    }
}

/// Signed double area of the triangle (a, b, p); positive when p lies left of a→b in
/// screen coordinates (y down) for the orientation the renderer fills.
fn edge(a: Pos2, b: Pos2, p: Pos2) -> f32 {
    (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)
}

/// Top-left fill rule: a pixel centre exactly on an edge belongs to the triangle only if the
/// edge is a top edge (horizontal, going right) or a left edge (going up).
fn owns_edge(a: Pos2, b: Pos2) -> bool {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    (dy == 0.0 && dx > 0.0) || dy < 0.0
}

struct Canvas {
    pixels: image::RgbaImage,
}

impl Canvas {
    fn triangle(&mut self, mut t: [Vertex; 3], tex: &Texture, clip: [u32; 4]) {
        let mut area = edge(t[0].pos, t[1].pos, t[2].pos);
        if area < 0.0 {
            t.swap(1, 2);
            area = -area;
        }
        if area <= 0.0 || !area.is_finite() {
            return;
        }
        let (p0, p1, p2) = (t[0].pos, t[1].pos, t[2].pos);
        let min_x = p0.x.min(p1.x).min(p2.x).floor().max(clip[0] as f32) as u32;
        let max_x = p0.x.max(p1.x).max(p2.x).ceil().min(clip[2] as f32) as u32;
        let min_y = p0.y.min(p1.y).min(p2.y).floor().max(clip[1] as f32) as u32;
        let max_y = p0.y.max(p1.y).max(p2.y).ceil().min(clip[3] as f32) as u32;

        // Minification or magnification, from the texels this triangle covers per pixel.
        let texel_pos =
            |v: &Vertex| Pos2::new(v.uv.x * tex.size[0] as f32, v.uv.y * tex.size[1] as f32);
        let texel_area = edge(texel_pos(&t[0]), texel_pos(&t[1]), texel_pos(&t[2])).abs();
        let filter = if texel_area > area {
            tex.options.minification
        } else {
            tex.options.magnification
        };
        let colour =
            |v: &Vertex| [v.color.r(), v.color.g(), v.color.b(), v.color.a()].map(f32::from);
        let c = [colour(&t[0]), colour(&t[1]), colour(&t[2])];
        let owns = [owns_edge(p1, p2), owns_edge(p2, p0), owns_edge(p0, p1)];

        for y in min_y..max_y {
            for x in min_x..max_x {
                let p = Pos2::new(x as f32 + 0.5, y as f32 + 0.5);
                let w = [edge(p1, p2, p), edge(p2, p0, p), edge(p0, p1, p)];
                let inside = (0..3).all(|i| w[i] > 0.0 || (w[i] == 0.0 && owns[i]));
                if !inside {
                    continue;
                }
                let l = w.map(|wi| wi / area);
                let uv = Pos2::new(
                    l[0] * t[0].uv.x + l[1] * t[1].uv.x + l[2] * t[2].uv.x,
                    l[0] * t[0].uv.y + l[1] * t[1].uv.y + l[2] * t[2].uv.y,
                );
                let texel = tex.sample(uv, filter);
                let src: [f32; 4] = std::array::from_fn(|i| {
                    let vc = l[0] * c[0][i] + l[1] * c[1][i] + l[2] * c[2][i];
                    vc * texel[i] / 255.0
                });
                let dst = self.pixels.get_pixel_mut(x, y);
                let keep = 1.0 - src[3] / 255.0;
                for (d, s) in dst.0.iter_mut().zip(src) {
                    let out = s + f32::from(*d) * keep;
                    *d = out.round().clamp(0.0, 255.0) as u8;
                }
            }
        }
    }
}

impl egui_kittest::TestRenderer for Raster {
    fn handle_delta(&mut self, delta: &mut egui::TexturesDelta) {
        for id in self.to_free.drain(..) {
            self.textures.remove(&id);
        }
        // Each id's updates in order; ids are independent of each other.
        let mut set: Vec<_> = delta.set.drain().collect();
        set.sort_by_key(|(id, _)| *id);
        for (id, updates) in set {
            for update in &updates {
                if let Err(e) = self.apply(id, update) {
                    // A broken delta is a bug in the harness or egui; make it loud.
                    panic!("{e}");
                }
            }
        }
        self.to_free.extend(delta.free.drain());
    }

    fn render(
        &mut self,
        ctx: &egui::Context,
        output: &egui::FullOutput,
    ) -> Result<image::RgbaImage, String> {
        let ppp = output.pixels_per_point;
        let primitives = ctx.tessellate(output.shapes.clone(), ppp);
        let size = ctx.content_rect().size() * ppp;
        self.paint(
            &primitives,
            ppp,
            [size.x.round() as u32, size.y.round() as u32],
        )
    }
}
