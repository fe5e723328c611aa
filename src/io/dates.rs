//! The calendar year of a moment, for a survey's year: when its files were made, or today.

use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

/// The Gregorian year (UTC) of `moment`; 1970 for anything before it.
pub fn calendar_year(moment: SystemTime) -> u16 {
    let days = moment
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs() / 86_400);
    // Whole 400-year cycles of 146 097 days, then years of the cycle (the civil-from-days
    // reckoning, counted from 1 March 2000 so a leap day ends its year).
    let days = days as i64 - 11_017;
    let era = days.div_euclid(146_097);
    let day_of_era = days.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let march_based_month = (5 * day_of_year + 2) / 153;
    let january_or_february = i64::from(march_based_month >= 10);
    let year = 2000 + era * 400 + year_of_era + january_or_february;
    u16::try_from(year).unwrap_or(1970)
}

/// The year the newest of `files` was last written, else this year.
pub fn year_of_files<'a>(files: impl IntoIterator<Item = &'a Path>) -> u16 {
    let newest = files
        .into_iter()
        .filter_map(|file| {
            std::fs::metadata(file)
                .and_then(|meta| meta.modified())
                .ok()
        })
        .max();
    calendar_year(newest.unwrap_or_else(SystemTime::now))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn at(seconds: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(seconds)
    }

    #[test]
    fn years_turn_at_new_year_and_leap_days_stay_in_their_year() {
        assert_eq!(calendar_year(at(0)), 1970);
        // 2018-12-31 23:59:59 and 2019-01-01 00:00:00 UTC.
        assert_eq!(calendar_year(at(1_546_300_799)), 2018);
        assert_eq!(calendar_year(at(1_546_300_800)), 2019);
        // 2024-02-29 12:00 and 2000-03-01 00:00 UTC.
        assert_eq!(calendar_year(at(1_709_208_000)), 2024);
        assert_eq!(calendar_year(at(951_868_800)), 2000);
        // 2026-12-06.
        assert_eq!(calendar_year(at(1_796_515_200)), 2026);
    }
}
