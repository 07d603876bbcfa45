//! `Edm.Duration`: an ISO 8601 duration as Microsoft Graph writes it.
//!
//! Graph serializes .NET `TimeSpan` values with `XmlConvert.ToString(TimeSpan)`, e.g.
//! `P1DT12H`, `-PT1H30M` or `PT0.0000001S`. The wire text is kept verbatim so that a
//! decode/encode round trip is exact even when the text is not a valid duration.

use crate::invalid::InvalidFormat;
use crate::wire_text::{invalid, wire_text_impls, Cursor};

/// Format name used in [`InvalidFormat`] errors.
const FORMAT: &str = "duration";

/// .NET `TimeSpan` resolution: ticks of 100 ns.
const TICKS_PER_SECOND: u64 = 10_000_000;
const TICKS_PER_MINUTE: u64 = 60 * TICKS_PER_SECOND;
const TICKS_PER_HOUR: u64 = 60 * TICKS_PER_MINUTE;
const TICKS_PER_DAY: u64 = 24 * TICKS_PER_HOUR;
const NANOS_PER_TICK: u32 = 100;
/// Number of fraction-of-second digits a tick can represent.
const FRACTION_DIGITS: usize = 7;

/// An ISO 8601 duration (`Edm.Duration`) as Microsoft Graph writes it.
///
/// The raw wire text is kept verbatim; the parsed value is a number of 100-ns ticks
/// (the .NET `TimeSpan` representation), or `None` when the text is not a valid
/// duration within `TimeSpan` range.
///
/// Equality and hashing compare the raw text too, so `PT36H` and `P1DT12H` are not
/// equal even though they denote the same number of ticks; compare [`Duration::ticks`]
/// for value equality.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Duration {
    text: String,
    ticks: Option<i64>,
}

impl Duration {
    /// Parses `text` strictly, returning an error if it is not a valid duration.
    ///
    /// Accepted grammar: `-?P(nD)?(T(nH)?(nM)?(n(.f)?S)?)?` with at least one
    /// component, and at least one time component after `T`. Years, months and weeks
    /// are rejected because a `TimeSpan` cannot represent them exactly; fractions are
    /// only allowed on seconds and may have at most 7 significant digits (100-ns
    /// resolution). Components may exceed their natural range (`PT36H`), but the total
    /// must fit in an `i64` number of ticks.
    pub fn parse(text: &str) -> Result<Duration, InvalidFormat> {
        match parse_ticks(text) {
            Ok(ticks) => Ok(Duration {
                text: text.to_owned(),
                ticks: Some(ticks),
            }),
            Err(reason) => Err(invalid(FORMAT, text, reason)),
        }
    }

    /// Wraps a wire value without failing: the text is kept, and the parsed value is
    /// `None` when the text is not a valid duration.
    pub fn from_wire(text: impl Into<String>) -> Duration {
        let text = text.into();
        let ticks = parse_ticks(&text).ok();
        Duration { text, ticks }
    }

    /// Builds a duration from 100-ns ticks, with the text in the canonical form that
    /// .NET `XmlConvert.ToString(TimeSpan)` produces (e.g. `P1DT12H`, `PT0S`,
    /// `-P10675199DT2H48M5.4775808S`).
    pub fn from_ticks(ticks: i64) -> Duration {
        Duration {
            text: format_ticks(ticks),
            ticks: Some(ticks),
        }
    }

    /// The number of 100-ns ticks, or `None` when the text is not a valid duration.
    pub fn ticks(&self) -> Option<i64> {
        self.ticks
    }

    /// The raw wire text, verbatim.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether the text is a valid duration within `TimeSpan` range.
    pub fn is_valid(&self) -> bool {
        self.ticks.is_some()
    }

    /// Returns the ticks, or an error explaining why the text is not a valid duration.
    pub fn validate(&self) -> Result<i64, InvalidFormat> {
        match self.ticks {
            Some(ticks) => Ok(ticks),
            // Re-parse to recover the reason; storing it would bloat every valid value.
            None => Err(invalid(
                FORMAT,
                &self.text,
                parse_ticks(&self.text)
                    .err()
                    .unwrap_or_else(|| "not a valid duration".to_owned()),
            )),
        }
    }

    /// Converts to a [`std::time::Duration`]; `None` when invalid or negative.
    pub fn to_std(&self) -> Option<std::time::Duration> {
        let ticks = u64::try_from(self.ticks?).ok()?;
        let secs = ticks / TICKS_PER_SECOND;
        // The remainder is < 10^7, so it fits in u32 and times 100 stays < 10^9.
        let sub_ticks = (ticks % TICKS_PER_SECOND) as u32;
        Some(std::time::Duration::new(secs, sub_ticks * NANOS_PER_TICK))
    }

    /// Converts from a [`std::time::Duration`].
    ///
    /// Fails if `d` exceeds `TimeSpan.MaxValue` or is not a whole number of 100-ns
    /// ticks (sub-tick precision is reported rather than silently dropped).
    pub fn from_std(d: std::time::Duration) -> Result<Duration, InvalidFormat> {
        let nanos = d.as_nanos();
        if !nanos.is_multiple_of(u128::from(NANOS_PER_TICK)) {
            return Err(invalid(
                FORMAT,
                &format!("{d:?}"),
                "not a whole number of 100 ns ticks (TimeSpan resolution)".to_owned(),
            ));
        }
        match i64::try_from(nanos / u128::from(NANOS_PER_TICK)) {
            Ok(ticks) => Ok(Duration::from_ticks(ticks)),
            Err(_) => Err(invalid(
                FORMAT,
                &format!("{d:?}"),
                "exceeds TimeSpan.MaxValue".to_owned(),
            )),
        }
    }
}

/// Formats ticks the way .NET `XmlConvert.ToString(TimeSpan)` does.
fn format_ticks(ticks: i64) -> String {
    // unsigned_abs handles i64::MIN (TimeSpan.MinValue) without overflow.
    let magnitude = ticks.unsigned_abs();
    let days = magnitude / TICKS_PER_DAY;
    let hours = magnitude % TICKS_PER_DAY / TICKS_PER_HOUR;
    let minutes = magnitude % TICKS_PER_HOUR / TICKS_PER_MINUTE;
    let seconds = magnitude % TICKS_PER_MINUTE / TICKS_PER_SECOND;
    let fraction = magnitude % TICKS_PER_SECOND;

    let mut out = String::new();
    if ticks < 0 {
        out.push('-');
    }
    out.push('P');
    if days != 0 {
        out.push_str(&format!("{days}D"));
    }
    if hours != 0 || minutes != 0 || seconds != 0 || fraction != 0 {
        out.push('T');
        if hours != 0 {
            out.push_str(&format!("{hours}H"));
        }
        if minutes != 0 {
            out.push_str(&format!("{minutes}M"));
        }
        if seconds != 0 || fraction != 0 {
            out.push_str(&seconds.to_string());
            if fraction != 0 {
                let digits = format!("{fraction:07}");
                out.push('.');
                out.push_str(digits.trim_end_matches('0'));
            }
            out.push('S');
        }
    }
    // Zero is written as "PT0S" by .NET.
    if out.ends_with('P') {
        out.push_str("T0S");
    }
    out
}

/// Parses an ISO 8601 duration into ticks, or returns the reason it is invalid.
fn parse_ticks(text: &str) -> Result<i64, String> {
    let mut cur = Cursor::new(text);
    if text.is_empty() {
        return Err("empty string".to_owned());
    }
    let negative = cur.eat(b'-');
    if !cur.eat(b'P') {
        return Err("must start with 'P' (optionally preceded by '-')".to_owned());
    }

    // Accumulated magnitude; kept <= 2^63 so that both the negative limit
    // (TimeSpan.MinValue) and the overflow checks stay simple.
    let mut total: u128 = 0;
    let mut components = 0usize;

    // Date part: only days are representable by a TimeSpan.
    if !cur.at_end() && cur.peek() != Some(b'T') {
        let number = number(&mut cur)?;
        match cur.peek() {
            Some(b'D') => {
                cur.pos += 1;
                add(&mut total, number, TICKS_PER_DAY)?;
                components += 1;
            }
            Some(b'Y') => return Err("years are not supported: a TimeSpan cannot represent them exactly".to_owned()),
            Some(b'M') => return Err("months are not supported: a TimeSpan cannot represent them exactly".to_owned()),
            Some(b'W') => return Err("weeks are not supported by the .NET TimeSpan duration format".to_owned()),
            Some(b'.') => return Err("a fraction is only allowed on seconds".to_owned()),
            _ => return Err(cur.unexpected("a date designator ('D')")),
        }
    }

    // Time part: H, M, S in this order, each at most once.
    if cur.eat(b'T') {
        let mut last_rank = 0u8;
        let mut time_components = 0usize;
        while !cur.at_end() {
            let number = number(&mut cur)?;
            let fraction = if cur.eat(b'.') {
                Some(cur.fraction(
                    FRACTION_DIGITS,
                    "more than 7 significant fraction digits: TimeSpan resolution is 100 ns",
                )?)
            } else {
                None
            };
            let (rank, unit) = match cur.peek() {
                Some(b'H') => (1, TICKS_PER_HOUR),
                Some(b'M') => (2, TICKS_PER_MINUTE),
                Some(b'S') => (3, TICKS_PER_SECOND),
                _ => return Err(cur.unexpected("a time designator ('H', 'M' or 'S')")),
            };
            cur.pos += 1;
            if rank <= last_rank {
                return Err("time components must appear once each, in the order H, M, S".to_owned());
            }
            if fraction.is_some() && unit != TICKS_PER_SECOND {
                return Err("a fraction is only allowed on seconds".to_owned());
            }
            last_rank = rank;
            add(&mut total, number, unit)?;
            if let Some(fraction_ticks) = fraction {
                add(&mut total, fraction_ticks, 1)?;
            }
            time_components += 1;
        }
        if time_components == 0 {
            return Err("'T' must be followed by at least one of H, M or S".to_owned());
        }
        components += time_components;
    } else if !cur.at_end() {
        return Err(cur.unexpected("'T' or end of string"));
    }

    if components == 0 {
        return Err("no duration components".to_owned());
    }
    // total <= 2^63 (enforced by `add`), so the i128 conversion cannot fail.
    let signed = i128::try_from(total).map_err(|_| out_of_range())?;
    let signed = if negative { -signed } else { signed };
    i64::try_from(signed).map_err(|_| out_of_range())
}

fn out_of_range() -> String {
    "out of TimeSpan range".to_owned()
}

/// Adds `number * unit` ticks to `total`, failing once the magnitude exceeds 2^63
/// (the magnitude of `i64::MIN`, the largest any valid duration can have).
fn add(total: &mut u128, number: u128, unit: u64) -> Result<(), String> {
    let limit = 1u128 << 63;
    let sum = number
        .checked_mul(u128::from(unit))
        .and_then(|ticks| total.checked_add(ticks))
        .filter(|&sum| sum <= limit)
        .ok_or_else(out_of_range)?;
    *total = sum;
    Ok(())
}

/// One or more decimal digits as an integer; overflow is an out-of-range error.
fn number(cur: &mut Cursor<'_>) -> Result<u128, String> {
    let start = cur.pos;
    let mut value: u128 = 0;
    while let Some(digit) = cur.peek().filter(u8::is_ascii_digit) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(u128::from(digit - b'0')))
            .ok_or_else(out_of_range)?;
        cur.pos += 1;
    }
    if cur.pos == start {
        return Err(cur.unexpected("a number"));
    }
    Ok(value)
}

wire_text_impls!(Duration, "an ISO 8601 duration string");

#[cfg(test)]
mod tests {
    use super::*;

    const MAX_TEXT: &str = "P10675199DT2H48M5.4775807S";
    const MIN_TEXT: &str = "-P10675199DT2H48M5.4775808S";

    #[test]
    fn max_value_round_trips() {
        let d = Duration::parse(MAX_TEXT).expect("TimeSpan.MaxValue parses");
        assert_eq!(d.ticks(), Some(i64::MAX));
        assert_eq!(Duration::from_ticks(i64::MAX).as_str(), MAX_TEXT);
    }

    #[test]
    fn min_value_round_trips() {
        let d = Duration::parse(MIN_TEXT).expect("TimeSpan.MinValue parses");
        assert_eq!(d.ticks(), Some(i64::MIN));
        assert_eq!(Duration::from_ticks(i64::MIN).as_str(), MIN_TEXT);
    }

    #[test]
    fn one_tick() {
        assert_eq!(Duration::parse("PT0.0000001S").unwrap().ticks(), Some(1));
        assert_eq!(Duration::from_ticks(1).as_str(), "PT0.0000001S");
        assert_eq!(Duration::from_ticks(-1).as_str(), "-PT0.0000001S");
    }

    #[test]
    fn negative_hours_minutes() {
        let d = Duration::parse("-PT1H30M").unwrap();
        let expected = -(90 * TICKS_PER_MINUTE as i64);
        assert_eq!(d.ticks(), Some(expected));
        assert_eq!(Duration::from_ticks(expected).as_str(), "-PT1H30M");
    }

    #[test]
    fn one_day() {
        let d = Duration::parse("P1D").unwrap();
        assert_eq!(d.ticks(), Some(TICKS_PER_DAY as i64));
        assert_eq!(Duration::from_ticks(TICKS_PER_DAY as i64).as_str(), "P1D");
    }

    #[test]
    fn large_components_normalize() {
        let d = Duration::parse("PT36H").unwrap();
        let ticks = 36 * TICKS_PER_HOUR as i64;
        assert_eq!(d.ticks(), Some(ticks));
        // The raw text is kept, the canonical form is only produced from ticks.
        assert_eq!(d.as_str(), "PT36H");
        assert_eq!(Duration::from_ticks(ticks).as_str(), "P1DT12H");
    }

    #[test]
    fn zero() {
        assert_eq!(Duration::from_ticks(0).as_str(), "PT0S");
        assert_eq!(Duration::parse("PT0S").unwrap().ticks(), Some(0));
        assert_eq!(Duration::parse("-PT0S").unwrap().ticks(), Some(0));
    }

    #[test]
    fn fractions() {
        assert_eq!(Duration::parse("PT1.5S").unwrap().ticks(), Some(15_000_000));
        // Trailing zeros beyond 7 digits are harmless.
        assert_eq!(Duration::parse("PT0.000000100S").unwrap().ticks(), Some(1));
        assert!(Duration::parse("PT0.00000001S").is_err());
        assert!(Duration::parse("PT1.S").is_err());
        assert!(Duration::parse("PT1.5M").is_err());
        assert_eq!(Duration::from_ticks(15_000_000).as_str(), "PT1.5S");
    }

    #[test]
    fn empty_from_wire_is_kept_and_invalid() {
        let d = Duration::from_wire("");
        assert_eq!(d.as_str(), "");
        assert!(!d.is_valid());
        assert_eq!(d.ticks(), None);
        let err = d.validate().unwrap_err();
        assert_eq!(err.format, "duration");
        assert_eq!(err.value, "");
    }

    #[test]
    fn calendar_units_invalid() {
        let err = Duration::parse("P1Y").unwrap_err();
        assert!(err.reason.contains("years"), "{err}");
        let err = Duration::parse("P1M").unwrap_err();
        assert!(err.reason.contains("months"), "{err}");
        let err = Duration::parse("P1W").unwrap_err();
        assert!(err.reason.contains("weeks"), "{err}");
        assert!(!Duration::from_wire("P1Y2M3DT4H").is_valid());
    }

    #[test]
    fn overflow_invalid() {
        // One tick past TimeSpan.MaxValue / MinValue.
        assert!(Duration::parse("P10675199DT2H48M5.4775808S").is_err());
        assert!(Duration::parse("-P10675199DT2H48M5.4775809S").is_err());
        assert!(Duration::parse("P99999999999999999999999999999999999999999999D").is_err());
        assert!(Duration::parse("PT9223372036854775807H").is_err());
        let err = Duration::parse("P10675200D").unwrap_err();
        assert!(err.reason.contains("range"), "{err}");
    }

    #[test]
    fn garbage_invalid_without_panic() {
        for text in [
            "", "P", "PT", "-", "-P", "T1H", "1D", "P1", "PT1", "P1DT", "PT1H1H", "PT1M1H", "P1D2D", "P1DT1H2",
            "PT.5S", "P-1D", "+P1D", "pt1h", " PT1H", "PT1H ", "PÄ", "PT1Ä", "P1Ä", "PT1.5ÄS", "P1DT1HxS", "garbage",
            "P1D1H",
        ] {
            let d = Duration::from_wire(text);
            assert!(!d.is_valid(), "{text:?} should be invalid");
            let err = d.validate().unwrap_err();
            assert_eq!(err.value, text);
            assert!(!err.reason.is_empty());
            assert!(text.parse::<Duration>().is_err());
        }
    }

    #[test]
    fn std_conversions() {
        let d = Duration::parse("PT1.5S").unwrap();
        assert_eq!(d.to_std(), Some(std::time::Duration::from_millis(1500)));
        assert_eq!(Duration::parse("-PT1S").unwrap().to_std(), None);
        assert_eq!(Duration::from_wire("nope").to_std(), None);
        assert_eq!(
            Duration::from_ticks(i64::MAX).to_std(),
            Some(std::time::Duration::new(922_337_203_685, 477_580_700))
        );

        let from = Duration::from_std(std::time::Duration::new(90, 100)).unwrap();
        assert_eq!(from.as_str(), "PT1M30.0000001S");
        assert_eq!(from.ticks(), Some(900_000_001));

        let err = Duration::from_std(std::time::Duration::new(1, 50)).unwrap_err();
        assert!(err.reason.contains("100 ns"), "{err}");
        let err = Duration::from_std(std::time::Duration::new(u64::MAX, 0)).unwrap_err();
        assert!(err.reason.contains("MaxValue"), "{err}");
        // Exactly TimeSpan.MaxValue is fine, one tick more is not.
        let max = std::time::Duration::new(922_337_203_685, 477_580_700);
        assert_eq!(Duration::from_std(max).unwrap().as_str(), MAX_TEXT);
        assert!(Duration::from_std(max + std::time::Duration::from_nanos(100)).is_err());
    }

    #[test]
    fn serde_round_trip() {
        let d = Duration::parse("P1DT2H").unwrap();
        let json = serde_json::to_string(&d).unwrap();
        assert_eq!(json, "\"P1DT2H\"");
        let back: Duration = serde_json::from_str(&json).unwrap();
        assert_eq!(back, d);

        let bad: Duration = serde_json::from_str("\"P1Y\"").unwrap();
        assert!(!bad.is_valid());
        assert_eq!(bad.as_str(), "P1Y");
        assert_eq!(serde_json::to_string(&bad).unwrap(), "\"P1Y\"");

        assert!(serde_json::from_str::<Duration>("42").is_err());
        assert!(serde_json::from_str::<Duration>("null").is_err());
    }

    #[test]
    fn display_and_from_str() {
        let d: Duration = "PT36H".parse().unwrap();
        assert_eq!(d.to_string(), "PT36H");
        assert_eq!(Duration::from_wire("x").to_string(), "x");
    }
}
