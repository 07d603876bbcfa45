//! Counts in messages: "1 record", "2 records".

/// `n` and the noun in its number.
pub fn count(n: usize, singular: &str, plural: &str) -> String {
    format!("{n} {}", if n == 1 { singular } else { plural })
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_is_singular() {
        assert_eq!(super::count(1, "record", "records"), "1 record");
        assert_eq!(super::count(0, "record", "records"), "0 records");
        assert_eq!(super::count(2, "bulk request", "bulk requests"), "2 bulk requests");
    }
}
