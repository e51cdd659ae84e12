//! Load over HTTP for the benchmarks: several clients ask for one address as fast as the
//! server answers, for a while; the result is requests per second and p50/p99.

use std::time::{Duration, Instant};

/// What one address sustained.
pub struct Load {
    pub rps: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
}

/// The `q` quantile of some durations, in milliseconds.
pub fn percentile(times: &mut [Duration], q: f64) -> f64 {
    times.sort();
    times[((times.len() - 1) as f64 * q) as usize].as_secs_f64() * 1000.0
}

/// `clients` clients GET `base` + `path` with `cookie` for `seconds`; every answer must be 200.
pub async fn load(base: &str, path: &str, cookie: &str, clients: usize, seconds: u64) -> Load {
    let until = Instant::now() + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for _ in 0..clients {
        let url = format!("{base}{path}");
        let cookie = cookie.to_owned();
        tasks.push(tokio::spawn(async move {
            let client = reqwest::Client::new();
            let mut times = Vec::new();
            while Instant::now() < until {
                let t = Instant::now();
                let res = client
                    .get(&url)
                    .header("cookie", &cookie)
                    .send()
                    .await
                    .unwrap();
                assert_eq!(res.status(), 200, "{url}");
                res.bytes().await.unwrap();
                times.push(t.elapsed());
            }
            times
        }));
    }
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.unwrap());
    }
    Load {
        rps: all.len() as f64 / seconds as f64,
        p50_ms: percentile(&mut all, 0.5),
        p99_ms: percentile(&mut all, 0.99),
    }
}
