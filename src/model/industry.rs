use serde::{Deserialize, Serialize};

use super::{IndustryId, Names};

/// A local industry cluster a training programme serves, e.g. Pinghu strollers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Industry {
    pub id: IndustryId,
    pub name: Names,
    /// County, city or town where the cluster sits.
    pub region: Names,
    pub products: Vec<Names>,
    /// Sales platforms the cluster's exporters use (Alibaba.com, Wish, Tmall …).
    #[serde(default)]
    pub platforms: Vec<String>,
}
