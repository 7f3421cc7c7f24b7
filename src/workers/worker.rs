//! A background worker: one thread that takes requests over a channel and sends back results,
//! so that the UI thread never waits for files, images or the network.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
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
}

impl<Req: Send + 'static, Resp: Send + 'static> Worker<Req, Resp> {
    /// Starts the worker thread. A panic inside `work` is caught, logged and reported as `None`,
    /// and the worker carries on with the next request.
    pub fn spawn(
        name: &'static str,
        notify: Notify,
        mut work: impl FnMut(Req) -> Resp + Send + 'static,
    ) -> std::io::Result<Self> {
        let (jobs, job_rx) = unbounded::<Job<Req>>();
        let (done_tx, done) = unbounded();
        thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                for job in job_rx {
                    let result = catch_unwind(AssertUnwindSafe(|| work(job.request))).ok();
                    if result.is_none() {
                        tracing::error!(worker = name, "worker panicked; continuing");
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
        Ok(Self { name, jobs, done })
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
    }
}
