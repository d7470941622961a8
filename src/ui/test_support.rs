//! Helpers of the markup's native tests.

use crate::schemes::catalogue;
use crate::walk::{steps, Step};
use chrono::NaiveDate;

pub fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

pub fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

pub fn all() -> Vec<String> {
    catalogue().schemes.iter().map(|s| s.id.to_string()).collect()
}

/// The number of the step (from 1) that asks `fact`.
pub fn step_of(schemes: &[String], fact: &str) -> usize {
    let topic = &catalogue().facts.iter().find(|f| f.id == fact).unwrap().topic;
    1 + steps(schemes).iter().position(|s| matches!(s, Step::Topic(t) if t.id == *topic)).unwrap()
}

/// `text` as the markup writes it: escaped by maud, as every interpolation is.
pub fn escaped(text: &str) -> String {
    maud::html! { (text) }.into_string()
}
