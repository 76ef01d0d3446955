//! Client addresses as rate limits and fraud screens count them.

use std::net::IpAddr;

/// The network a client address stands for: an IPv4 address itself, an IPv6 address's /64 (one
/// subscriber's allocation: a client can rotate through it at will), and an IPv4-mapped IPv6 address as
/// the IPv4 address it maps.
pub fn network_key(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ipv6_client_counts_as_its_slash_64() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:ffff:1:2:3".parse().unwrap();
        let other: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(network_key(a), "2001:db8:1:2::/64");
        assert_eq!(network_key(a), network_key(b));
        assert_ne!(network_key(a), network_key(other));
    }

    #[test]
    fn ipv4_is_kept_whole_even_when_mapped() {
        assert_eq!(network_key("203.0.113.7".parse().unwrap()), "203.0.113.7");
        assert_eq!(network_key("::ffff:203.0.113.7".parse().unwrap()), "203.0.113.7");
    }
}
