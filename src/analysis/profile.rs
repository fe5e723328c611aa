//! How close an emphasis profile is to a demand profile: the alignment score and cosine.

/// Profile alignment and cosine similarity of an emphasis vector against a demand vector.
/// A plan that builds none of the skills (or a survey that wants none) has no alignment:
/// `None`, not a score of 0 that would read as "aligned badly".
pub fn profile_alignment(emphasis: &[f64], demand: &[f64]) -> Option<(f64, f64)> {
    let emphasis_total: f64 = emphasis.iter().sum();
    let demand_total: f64 = demand.iter().sum();
    // Also refuses NaN totals, which compare false.
    if !(emphasis_total > 0.0 && demand_total > 0.0) {
        return None;
    }
    let distance: f64 = emphasis
        .iter()
        .zip(demand)
        .map(|(e, d)| (e / emphasis_total - d / demand_total).abs())
        .sum();
    let dot: f64 = emphasis.iter().zip(demand).map(|(e, d)| e * d).sum();
    let norms = emphasis.iter().map(|e| e * e).sum::<f64>().sqrt()
        * demand.iter().map(|d| d * d).sum::<f64>().sqrt();
    Some((1.0 - distance / 2.0, dot / norms))
}
