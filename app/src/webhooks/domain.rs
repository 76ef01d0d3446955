//! Webhook events, endpoint forms, the address rule that keeps deliveries off private networks, and the
//! signature scheme.

use crate::{common::field_error::FieldError, t};
use serde::{Deserialize, Serialize};
use std::net::IpAddr;

/// What an endpoint can subscribe to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Event {
    MemberJoined,
    PointsChanged,
    RedemptionCreated,
    RedemptionFulfilled,
    RedemptionCancelled,
    StoryApproved,
    StoryFeatured,
    StoryWithdrawn,
    ReferralQualified,
    ReferralConverted,
    ReferralRewarded,
    ChallengeCompleted,
    NpsAnswered,
}

impl Event {
    pub const ALL: [Event; 13] = [
        Event::MemberJoined,
        Event::PointsChanged,
        Event::RedemptionCreated,
        Event::RedemptionFulfilled,
        Event::RedemptionCancelled,
        Event::StoryApproved,
        Event::StoryFeatured,
        Event::StoryWithdrawn,
        Event::ReferralQualified,
        Event::ReferralConverted,
        Event::ReferralRewarded,
        Event::ChallengeCompleted,
        Event::NpsAnswered,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Event::MemberJoined => "member.joined",
            Event::PointsChanged => "points.changed",
            Event::RedemptionCreated => "redemption.created",
            Event::RedemptionFulfilled => "redemption.fulfilled",
            Event::RedemptionCancelled => "redemption.cancelled",
            Event::StoryApproved => "story.approved",
            Event::StoryFeatured => "story.featured",
            Event::StoryWithdrawn => "story.withdrawn",
            Event::ReferralQualified => "referral.qualified",
            Event::ReferralConverted => "referral.converted",
            Event::ReferralRewarded => "referral.rewarded",
            Event::ChallengeCompleted => "challenge.completed",
            Event::NpsAnswered => "nps.answered",
        }
    }

    /// When it is sent, in the admin's words.
    pub fn label(self) -> String {
        match self {
            Event::MemberJoined => t!("webhooks-event-member-joined"),
            Event::PointsChanged => t!("webhooks-event-points-changed"),
            Event::RedemptionCreated => t!("webhooks-event-redemption-created"),
            Event::RedemptionFulfilled => t!("webhooks-event-redemption-fulfilled"),
            Event::RedemptionCancelled => t!("webhooks-event-redemption-cancelled"),
            Event::StoryApproved => t!("webhooks-event-story-approved"),
            Event::StoryFeatured => t!("webhooks-event-story-featured"),
            Event::StoryWithdrawn => t!("webhooks-event-story-withdrawn"),
            Event::ReferralQualified => t!("webhooks-event-referral-qualified"),
            Event::ReferralConverted => t!("webhooks-event-referral-converted"),
            Event::ReferralRewarded => t!("webhooks-event-referral-rewarded"),
            Event::ChallengeCompleted => t!("webhooks-event-challenge-completed"),
            Event::NpsAnswered => t!("webhooks-event-nps-answered"),
        }
    }

    pub fn parse(raw: &str) -> Option<Event> {
        Event::ALL.into_iter().find(|e| e.as_str() == raw)
    }

    /// Events as stored: space-separated, in [`Event::ALL`] order.
    pub fn join(events: &[Event]) -> String {
        Event::ALL.into_iter().filter(|e| events.contains(e)).map(Event::as_str).collect::<Vec<_>>().join(" ")
    }

    pub fn split(stored: &str) -> Vec<Event> {
        stored.split_whitespace().filter_map(Event::parse).collect()
    }
}

pub const URL_MAX: usize = 2000;
pub const DESCRIPTION_MAX: usize = 200;

/// The admin's endpoint form as sent.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct EndpointForm {
    pub url: String,
    #[serde(default)]
    pub description: String,
    /// Checked events, as `events[i]` fields.
    #[serde(default)]
    pub events: Option<Vec<String>>,
}

/// Where an endpoint's URL points, before its name is looked up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Host {
    Ip(IpAddr),
    Name(String),
}

/// A checked endpoint form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndpointDraft {
    pub url: String,
    pub host: Host,
    pub port: u16,
    pub description: String,
    pub events: Vec<Event>,
}

impl EndpointDraft {
    pub fn parse(form: &EndpointForm) -> Result<EndpointDraft, FieldError> {
        let url = form.url.trim();
        let (host, port) = parse_url(url).map_err(|m| FieldError::new("url", m))?;
        let description = form.description.split_whitespace().collect::<Vec<_>>().join(" ");
        if description.chars().count() > DESCRIPTION_MAX {
            return Err(FieldError::new("description", t!("webhooks-description-too-long", max = DESCRIPTION_MAX)));
        }
        let mut events = Vec::new();
        for raw in form.events.iter().flatten() {
            let e = Event::parse(raw.trim())
                .ok_or_else(|| FieldError::new("events", t!("webhooks-event-unknown", event = raw.trim())))?;
            if !events.contains(&e) {
                events.push(e);
            }
        }
        if events.is_empty() {
            return Err(FieldError::new("events", t!("webhooks-events-missing")));
        }
        Ok(EndpointDraft { url: url.to_string(), host, port, description, events })
    }
}

/// Checks an endpoint URL: `http://` or `https://`, a host, no user name or password, no fragment. Returns the
/// host and port.
pub fn parse_url(url: &str) -> Result<(Host, u16), String> {
    if url.is_empty() {
        return Err(t!("webhooks-url-missing"));
    }
    if url.len() > URL_MAX || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(t!("webhooks-url-too-long", max = URL_MAX.to_string()));
    }
    let (rest, default_port) = if let Some(r) = url.strip_prefix("https://") {
        (r, 443)
    } else if let Some(r) = url.strip_prefix("http://") {
        (r, 80)
    } else {
        return Err(t!("webhooks-url-scheme"));
    };
    if url.contains('#') {
        return Err(t!("webhooks-url-fragment"));
    }
    let authority = rest.split(['/', '?']).next().unwrap_or("");
    if authority.contains('@') {
        return Err(t!("webhooks-url-credentials"));
    }
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let (inside, after) = v6.split_once(']').ok_or_else(|| t!("webhooks-url-ipv6"))?;
        (inside.to_string(), after.strip_prefix(':'))
    } else {
        match authority.rsplit_once(':') {
            Some((h, p)) => (h.to_string(), Some(p)),
            None => (authority.to_string(), None),
        }
    };
    let port = match port {
        None => default_port,
        Some(p) => p.parse::<u16>().ok().filter(|p| *p > 0).ok_or_else(|| t!("webhooks-url-port", port = p))?,
    };
    if host.is_empty() {
        return Err(t!("webhooks-url-no-host"));
    }
    let host = match host.parse::<IpAddr>() {
        Ok(ip) => Host::Ip(ip),
        Err(_) => {
            let valid = host.len() <= 253
                && host.split('.').all(|l| {
                    !l.is_empty() && l.len() <= 63 && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                });
            if !valid {
                return Err(t!("webhooks-url-bad-host", host = host.as_str()));
            }
            Host::Name(host.to_ascii_lowercase())
        }
    };
    Ok((host, port))
}

/// Whether Chorus may deliver to `ip` without the operator's `--webhooks-allow-private`: not loopback, not a
/// private, link-local, shared, documentation, multicast, broadcast or unspecified address (so an endpoint
/// cannot make the server reach its own network: no server-side request forgery).
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let o = v4.octets();
            !(v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_broadcast()
                || v4.is_documentation()
                || v4.is_unspecified()
                || v4.is_multicast()
                || o[0] == 0
                || (o[0] == 100 && (64..128).contains(&o[1]))
                || (o[0] == 192 && o[1] == 0 && o[2] == 0)
                || (o[0] == 198 && (18..20).contains(&o[1]))
                || o[0] >= 240)
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public(IpAddr::V4(v4));
            }
            let first = v6.segments()[0];
            !(v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80
                || first == 0x2001 && v6.segments()[1] == 0x0db8
                || first == 0x64 && v6.segments()[1] == 0xff9b)
        }
    }
}

/// The signature header's value: `t=<unix time>,v1=<hex HMAC-SHA256 of "<t>.<body>" under the secret>`.
#[cfg(feature = "ssr")]
pub fn signature(secret: &str, t: i64, body: &str) -> String {
    use hmac::{Hmac, Mac};
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes any key length");
    mac.update(t.to_string().as_bytes());
    mac.update(b".");
    mac.update(body.as_bytes());
    let hex: String = mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect();
    format!("t={t},v1={hex}")
}

/// How long a delivery is retried before it is given up.
pub const RETRY_FOR_SECS: i64 = 24 * 3600;
/// The first wait before a retry; each later wait doubles, up to an hour.
pub const FIRST_RETRY_SECS: i64 = 30;

/// The wait before try `tries + 1`.
pub fn backoff(tries: i64) -> i64 {
    let doublings = u32::try_from(tries.saturating_sub(1).clamp(0, 20)).unwrap_or(20);
    FIRST_RETRY_SECS.saturating_mul(1_i64 << doublings).min(3600)
}

/// Where a delivery stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DeliveryStatus {
    Queued,
    Sending,
    Delivered,
    Failed,
}

impl DeliveryStatus {
    pub fn parse(raw: &str) -> DeliveryStatus {
        match raw {
            "sending" => DeliveryStatus::Sending,
            "delivered" => DeliveryStatus::Delivered,
            "failed" => DeliveryStatus::Failed,
            _ => DeliveryStatus::Queued,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryStatus::Queued => "queued",
            DeliveryStatus::Sending => "sending",
            DeliveryStatus::Delivered => "delivered",
            DeliveryStatus::Failed => "failed",
        }
    }

    pub fn label(self) -> String {
        match self {
            DeliveryStatus::Queued => t!("webhooks-status-queued"),
            DeliveryStatus::Sending => t!("webhooks-status-sending"),
            DeliveryStatus::Delivered => t!("webhooks-status-delivered"),
            DeliveryStatus::Failed => t!("webhooks-status-failed"),
        }
    }
}

/// An endpoint as the admin's list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndpointRow {
    pub id: i64,
    pub url: String,
    pub description: String,
    pub events: Vec<Event>,
    pub secret: String,
    pub active: bool,
    pub created_at: i64,
    /// Deliveries delivered, failed for good, and waiting.
    pub delivered: i64,
    pub failed: i64,
    pub waiting: i64,
}

/// One delivery in an endpoint's log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeliveryRow {
    pub id: i64,
    pub event: String,
    pub status: DeliveryStatus,
    pub tries: i64,
    pub response_status: Option<i64>,
    pub last_error: Option<String>,
    pub last_attempt_at: Option<i64>,
    pub next_attempt_at: i64,
    pub created_at: i64,
}

/// What `/admin/webhooks` shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebhooksPage {
    pub endpoints: Vec<EndpointRow>,
}

/// One endpoint's delivery log, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeliveryLog {
    pub endpoint: EndpointRow,
    pub deliveries: Vec<DeliveryRow>,
    pub page: u32,
    pub last_page: u32,
}

pub const DELIVERIES_PER_PAGE: u32 = 50;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_http_with_a_host_and_no_credentials() {
        assert_eq!(
            parse_url("https://crm.example.com/hooks?x=1").unwrap(),
            (Host::Name("crm.example.com".into()), 443)
        );
        assert_eq!(parse_url("http://127.0.0.1:8080/in").unwrap(), (Host::Ip("127.0.0.1".parse().unwrap()), 8080));
        assert_eq!(parse_url("https://[::1]:9/x").unwrap(), (Host::Ip("::1".parse().unwrap()), 9));
        for bad in [
            "",
            "ftp://x.example",
            "https://",
            "https://user:pw@x.example/",
            "https://x.example/#f",
            "https://x y",
            "https://x.example:99999/",
            "https://exa_mple.com/",
        ] {
            assert!(parse_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn private_and_special_addresses_are_not_public() {
        for private in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fc00::1",
            "fe80::1",
            "::ffff:127.0.0.1",
            "224.0.0.1",
        ] {
            assert!(!is_public(private.parse().unwrap()), "{private}");
        }
        for public in ["93.184.216.34", "8.8.8.8", "2606:4700::1111"] {
            assert!(is_public(public.parse().unwrap()), "{public}");
        }
    }

    #[test]
    fn a_form_needs_an_event_and_a_valid_address() {
        let form = |url: &str, events: &[&str]| EndpointForm {
            url: url.into(),
            description: " CRM  ".into(),
            events: Some(events.iter().map(|e| e.to_string()).collect()),
        };
        let draft =
            EndpointDraft::parse(&form("https://crm.example.com/h", &["points.changed", "member.joined"])).unwrap();
        assert_eq!((draft.description.as_str(), draft.events.len()), ("CRM", 2));
        assert_eq!(Event::join(&draft.events), "member.joined points.changed");
        assert_eq!(EndpointDraft::parse(&form("https://crm.example.com/h", &[])).unwrap_err().field, "events");
        assert_eq!(
            EndpointDraft::parse(&form("https://crm.example.com/h", &["points.spent"])).unwrap_err().field,
            "events"
        );
        assert_eq!(EndpointDraft::parse(&form("crm.example.com", &["member.joined"])).unwrap_err().field, "url");
    }

    #[test]
    fn retries_wait_longer_each_time_up_to_an_hour() {
        assert_eq!((backoff(1), backoff(2), backoff(3)), (30, 60, 120));
        assert_eq!(backoff(50), 3600);
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn the_signature_is_hmac_sha256_over_time_and_body() {
        // Computed independently: Python's hmac.new(b"whsec_test", b'1700000000.{"a":1}', hashlib.sha256).
        let sig = signature("whsec_test", 1_700_000_000, "{\"a\":1}");
        assert_eq!(sig, "t=1700000000,v1=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789");
    }
}
