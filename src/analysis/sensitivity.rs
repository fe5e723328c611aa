//! How much the survey's sampling error matters: Wilson intervals for each share, and how
//! often a ranking of plans survives resampled surveys.

use rand::SeedableRng;
use rand_distr::{Binomial, Distribution};

/// 95 % confidence.
const Z: f64 = 1.959_963_984_540_054;

/// The seed of the resampling, fixed so that a report reads the same every time.
pub const BOOTSTRAP_SEED: u64 = 2018;
pub const BOOTSTRAP_DRAWS: usize = 1000;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}

/// The Wilson score interval of a share observed among `respondents`.
pub fn wilson_interval(share: f64, respondents: u32) -> Interval {
    if respondents == 0 {
        return Interval {
            low: 0.0,
            high: 1.0,
        };
    }
    let n = f64::from(respondents);
    let p = share.clamp(0.0, 1.0);
    let z2 = Z * Z;
    let denominator = 1.0 + z2 / n;
    let centre = (p + z2 / (2.0 * n)) / denominator;
    let half = Z / denominator * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    Interval {
        low: (centre - half).max(0.0),
        high: (centre + half).min(1.0),
    }
}

/// Draws surveys like the one observed: each share re-drawn as Binomial(n, share) / n.
/// Respondents' individual answers are not kept, so skills are drawn independently.
pub struct SurveyResampler {
    draws: Vec<Binomial>,
    respondents: f64,
    generator: rand_pcg::Pcg64,
}

impl SurveyResampler {
    pub fn new(shares: &[f64], respondents: u32, seed: u64) -> Option<Self> {
        let draws = shares
            .iter()
            .map(|share| Binomial::new(u64::from(respondents), share.clamp(0.0, 1.0)).ok())
            .collect::<Option<Vec<_>>>()?;
        Some(Self {
            draws,
            respondents: f64::from(respondents.max(1)),
            generator: rand_pcg::Pcg64::seed_from_u64(seed),
        })
    }

    /// One resampled set of shares, in the order given to `new`.
    pub fn next_shares(&mut self) -> Vec<f64> {
        self.draws
            .iter()
            .map(|draw| draw.sample(&mut self.generator) as f64 / self.respondents)
            .collect()
    }
}
