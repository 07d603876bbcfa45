//! Counts in messages: "1 record", "2 records".

/// `n` and the noun in its number.
pub fn count(n: usize, singular: &str, plural: &str) -> String {
    format!("{n} {}", if n == 1 { singular } else { plural })
}

/// `n` with thousands separators (`12,000 entries`) and the noun in its number.
pub fn count_grouped(n: u64, singular: &str, plural: &str) -> String {
    let digits = n.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    format!("{grouped} {}", if n == 1 { singular } else { plural })
}

#[cfg(test)]
mod tests {
    #[test]
    fn thousands_are_grouped() {
        assert_eq!(super::count_grouped(1, "page", "pages"), "1 page");
        assert_eq!(super::count_grouped(999, "page", "pages"), "999 pages");
        assert_eq!(super::count_grouped(1_000, "page", "pages"), "1,000 pages");
        assert_eq!(super::count_grouped(1_234_567, "entry", "entries"), "1,234,567 entries");
    }

    #[test]
    fn one_is_singular() {
        assert_eq!(super::count(1, "record", "records"), "1 record");
        assert_eq!(super::count(0, "record", "records"), "0 records");
        assert_eq!(super::count(2, "bulk request", "bulk requests"), "2 bulk requests");
    }
}
