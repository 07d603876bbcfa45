//! OData literals in a URL: the values of function parameters written into a path segment
//! (`getReport(date=2026-01-31,top=5)`) and of parameter aliases sent as query options
//! (`?@includeAllActive=true`), formatted as the OData URL conventions write each type: integers
//! bare, booleans `true`/`false`, dates and date-times bare, strings in single quotes with `'`
//! doubled, enumeration members quoted after their qualified type name.
//!
//! Whatever a caller passes stays one value: a string is quoted and percent-encoded (so a `'` or
//! `)` cannot end it), and a bare literal (date, date-time) must be made of the characters its
//! type is written with, or the request does not build. A server decodes the path before it
//! parses OData syntax, so percent-encoding alone would not keep `2026-01-01),x=(1` in its place.

use crate::request::BuildError;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// RFC 3986 unreserved characters stay; the rest is percent-encoded.
const ENCODE: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// One formatted literal, or why the value cannot be one (`param` names it in the error).
pub type Literal = Result<String, BuildError>;

/// A value the spec writes in quotes itself (`key='{key}'`): `'` doubled, percent-encoded. An
/// empty value is refused, as for a key segment.
#[doc(hidden)]
pub fn in_quotes(param: &'static str, value: &str) -> Literal {
    if value.is_empty() {
        return Err(BuildError::EmptyKey(param));
    }
    Ok(utf8_percent_encode(&value.replace('\'', "''"), ENCODE).to_string())
}

/// A string: `'text'`, `'` doubled, percent-encoded inside the quotes.
#[doc(hidden)]
pub fn string(value: &str) -> Literal {
    Ok(format!("'{}'", utf8_percent_encode(&value.replace('\'', "''"), ENCODE)))
}

/// An integer, bare: `5`, `-1`.
#[doc(hidden)]
pub fn integer(value: impl Into<i64>) -> Literal {
    Ok(value.into().to_string())
}

/// A boolean, bare: `true`, `false`.
#[doc(hidden)]
pub fn boolean(value: bool) -> Literal {
    Ok(if value { "true" } else { "false" }.to_string())
}

/// A date, bare: `2026-01-31` (`YYYY-MM-DD`, the year may be longer or negative).
#[doc(hidden)]
pub fn date(param: &'static str, value: &str) -> Literal {
    let digits_and_dashes = value.strip_prefix('-').unwrap_or(value);
    let parts: Vec<&str> = digits_and_dashes.split('-').collect();
    match parts.as_slice() {
        [year, month, day]
            if year.len() >= 4
                && month.len() == 2
                && day.len() == 2
                && [year, month, day].iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) =>
        {
            Ok(value.to_string())
        }
        _ => Err(invalid(param, value, "a date, YYYY-MM-DD")),
    }
}

/// A date-time with its offset, bare: `2026-01-31T08:00:00Z`, `2026-01-31T08:00:00.5+01:00`.
/// `+` is percent-encoded (`%2B`): in a query value it would otherwise read as a space.
#[doc(hidden)]
pub fn date_time(param: &'static str, value: &str) -> Literal {
    let shape_ok = value.split_once('T').is_some_and(|(date_part, time)| {
        date(param, date_part).is_ok()
            && time.len() >= 6
            && time
                .bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b':' | b'.' | b'Z' | b'+' | b'-'))
            && (time.ends_with('Z') || time.len() > 6 && time[time.len() - 6..].starts_with(['+', '-']))
    });
    if !shape_ok {
        return Err(invalid(
            param,
            value,
            "a date-time with its offset, 2026-01-31T08:00:00Z",
        ));
    }
    Ok(value.replace('+', "%2B"))
}

/// A member of the enumeration `qualified_type` (`microsoft.graph.riskLevel`): `type'member'`,
/// the form OData 4.0 requires and 4.01 still accepts.
#[doc(hidden)]
pub fn enum_member(qualified_type: &'static str, member: &str) -> Literal {
    Ok(format!(
        "{qualified_type}'{}'",
        utf8_percent_encode(&member.replace('\'', "''"), ENCODE)
    ))
}

fn invalid(param: &'static str, value: &str, expected: &'static str) -> BuildError {
    BuildError::Literal {
        param,
        value: value.to_string(),
        expected,
    }
}

/// A replayed call's key text as the argument type of a function parameter (`"5"` → `5`).
#[doc(hidden)]
pub fn parse_key<T: std::str::FromStr>(param: &'static str, text: &str) -> Result<T, BuildError> {
    text.parse()
        .map_err(|_| invalid(param, text, std::any::type_name::<T>()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_type_is_written_as_odata_writes_it() {
        assert_eq!(integer(-5i32).unwrap(), "-5");
        assert_eq!(integer(9_000_000_000i64).unwrap(), "9000000000");
        assert_eq!(
            (boolean(true).unwrap(), boolean(false).unwrap()),
            ("true".into(), "false".into())
        );
        assert_eq!(date("d", "2026-01-31").unwrap(), "2026-01-31");
        assert_eq!(date_time("t", "2026-01-31T08:00:00Z").unwrap(), "2026-01-31T08:00:00Z");
        assert_eq!(
            date_time("t", "2026-01-31T08:00:00.5+01:00").unwrap(),
            "2026-01-31T08:00:00.5%2B01:00"
        );
        assert_eq!(string("it's").unwrap(), "'it%27%27s'");
        assert_eq!(
            enum_member("microsoft.graph.riskLevel", "high").unwrap(),
            "microsoft.graph.riskLevel'high'"
        );
        assert_eq!(in_quotes("appId", "a'b/c").unwrap(), "a%27%27b%2Fc");
    }

    #[test]
    fn a_value_that_would_leave_its_place_is_refused() {
        for bad in ["2026-01-01),x=(1", "2026-1-01", "yesterday", "", "2026-01-01/../x"] {
            assert!(
                matches!(date("date", bad), Err(BuildError::Literal { param: "date", .. })),
                "{bad}"
            );
        }
        for bad in [
            "2026-01-01",
            "2026-01-01T00:00:00",
            "2026-01-01T00:00:00Z,x=1",
            "2026-01-01T00:00:00Z)",
            "2026-01-01T00:00:00'Z",
        ] {
            assert!(date_time("t", bad).is_err(), "{bad}");
        }
        assert!(matches!(in_quotes("appId", ""), Err(BuildError::EmptyKey("appId"))));
        assert!(parse_key::<i32>("top", "5x").is_err());
        assert_eq!(parse_key::<bool>("all", "true"), Ok(true));
    }
}
