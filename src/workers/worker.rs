//! A background worker: one thread that takes requests over a channel and sends back results,
//! so that the UI thread never waits for files, images or the network.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::thread;

use crossbeam_channel::{Receiver, Sender, unbounded};

/// Called when a result is ready (the UI requests a repaint).
pub type Notify = Arc<dyn Fn() + Send + Sync>;

/// A request tagged with the session generation it belongs to.
struct Job<Req> {
    generation: u64,
    request: Req,
}

/// A result tagged with the generation of the request that produced it; results of an earlier
/// session (before a wipe) are dropped by the caller.
pub struct Done<Resp> {
    pub generation: u64,
    pub result: Resp,
}

/// A named thread running `work` for each request, in order.
pub struct Worker<Req, Resp> {
    name: &'static str,
    jobs: Sender<Job<Req>>,
    done: Receiver<Done<Option<Resp>>>,
    restarts: Arc<AtomicU64>,
    drill: Arc<AtomicBool>,
}

impl<Req: Send + 'static, Resp: Send + 'static> Worker<Req, Resp> {
    /// Starts the worker thread. A panic inside `work` is caught, logged, counted as a restart
    /// and reported as `None`, and the worker carries on with the next request (`work` keeps
    /// what it holds: use [`Worker::spawn_fresh`] for work whose state a panic may spoil).
    pub fn spawn(
        name: &'static str,
        notify: Notify,
        work: impl FnMut(Req) -> Resp + Send + 'static,
    ) -> std::io::Result<Self> {
        let mut work = Some(work);
        Self::spawn_fresh(name, notify, move || {
            // Built once: `run` keeps the same work after a panic unless it asks again.
            work.take()
        })
    }

    /// Like [`Worker::spawn`], but the work is built by `make` at start and built afresh after
    /// each panic (a printer, a model), like a restarted process. `make` returning `None` keeps
    /// the current work.
    pub fn spawn_fresh<W: FnMut(Req) -> Resp + Send + 'static>(
        name: &'static str,
        notify: Notify,
        mut make: impl FnMut() -> Option<W> + Send + 'static,
    ) -> std::io::Result<Self> {
        let (jobs, job_rx) = unbounded::<Job<Req>>();
        let (done_tx, done) = unbounded();
        let restarts = Arc::new(AtomicU64::new(0));
        let drill = Arc::new(AtomicBool::new(false));
        let (count, armed) = (Arc::clone(&restarts), Arc::clone(&drill));
        thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                let mut work = make();
                for job in job_rx {
                    let result = match work.as_mut() {
                        Some(w) => catch_unwind(AssertUnwindSafe(|| {
                            if armed.swap(false, Ordering::SeqCst) {
                                panic!("fault drill: the {name} worker panics on purpose");
                            }
                            w(job.request)
                        }))
                        .ok(),
                        None => None,
                    };
                    if result.is_none() {
                        count.fetch_add(1, Ordering::Relaxed);
                        tracing::error!(worker = name, "worker panicked; restarted");
                        if let Some(fresh) = make() {
                            work = Some(fresh);
                        }
                    }
                    let sent = done_tx.send(Done {
                        generation: job.generation,
                        result,
                    });
                    if sent.is_err() {
                        break;
                    }
                    notify();
                }
            })?;
        Ok(Self {
            name,
            jobs,
            done,
            restarts,
            drill,
        })
    }

    /// Queues a request; returns false when the worker thread is gone.
    pub fn send(&self, generation: u64, request: Req) -> bool {
        let ok = self.jobs.send(Job {
            generation,
            request,
        });
        if ok.is_err() {
            tracing::error!(worker = self.name, "worker thread is gone");
        }
        ok.is_ok()
    }

    /// A finished result, if any; `result` is `None` when the work panicked.
    pub fn try_recv(&self) -> Option<Done<Option<Resp>>> {
        self.done.try_recv().ok()
    }

    /// Panics caught (and the work restarted) so far.
    pub fn restarts(&self) -> u64 {
        self.restarts.load(Ordering::Relaxed)
    }

    /// Fault drill: the next request panics inside the worker, as a bug would, so that staff
    /// (and the fault tests) can see the booth recover and the restart counted.
    pub fn drill_panic(&self) {
        self.drill.store(true, Ordering::SeqCst);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn recv<T: Send + 'static, R: Send + 'static>(w: &Worker<T, R>) -> Done<Option<R>> {
        for _ in 0..500 {
            if let Some(d) = w.try_recv() {
                return d;
            }
            thread::sleep(Duration::from_millis(5));
        }
        panic!("worker gave no result");
    }

    #[test]
    fn a_panicking_job_is_reported_and_the_worker_goes_on() {
        let w = Worker::spawn("test", Arc::new(|| {}), |n: u32| {
            assert!(n != 2, "boom");
            n * 10
        })
        .expect("spawn");
        assert!(w.send(7, 1) && w.send(7, 2) && w.send(8, 3));
        let a = recv(&w);
        assert_eq!((a.generation, a.result), (7, Some(10)));
        assert_eq!(recv(&w).result, None);
        let c = recv(&w);
        assert_eq!((c.generation, c.result), (8, Some(30)));
        assert_eq!(w.restarts(), 1);
    }

    #[test]
    fn a_fresh_worker_is_rebuilt_after_a_panic_and_a_drill_panics_once() {
        let built = Arc::new(AtomicU64::new(0));
        let b = Arc::clone(&built);
        let w = Worker::spawn_fresh("test", Arc::new(|| {}), move || {
            b.fetch_add(1, Ordering::SeqCst);
            let mut seen = 0u32;
            Some(move |n: u32| {
                seen += n;
                seen
            })
        })
        .expect("spawn");
        assert!(w.send(1, 5));
        assert_eq!(recv(&w).result, Some(5));
        w.drill_panic();
        assert!(w.send(1, 5));
        assert_eq!(recv(&w).result, None, "the drill panics");
        assert!(w.send(1, 2));
        assert_eq!(
            recv(&w).result,
            Some(2),
            "state starts afresh after the panic"
        );
        assert_eq!((w.restarts(), built.load(Ordering::SeqCst)), (1, 2));
    }
}
