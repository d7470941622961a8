//! What the pages' markup and their listeners agree on, written once: the values of the `data-`
//! attributes as enums with one `name()`/`from_name()`, the attributes' names, and the element
//! ids as one builder per question, incident row, self-rating and saved-report card. Markup
//! writes them and handlers read them through these, so a change here changes both.
//!
//! maud takes attribute names only as written in the template, so the markup spells the
//! attributes of [`attr`] out; each page's tests check that it writes the names given here.

/// The names of the `data-` attributes the listeners read.
pub mod attr {
    /// What a saved report's button does: a [`super::CardAction`].
    pub const ACTION: &str = "data-action";
    /// The saved report a control acts on: the report's id.
    pub const ID: &str = "data-id";
    /// Which control of an incident row: an [`super::IncidentField`].
    pub const FIELD: &str = "data-field";
    /// The incident row (from 0) a control belongs to.
    pub const ROW: &str = "data-i";
    /// The indicator a self-rating field rates: the indicator's id.
    pub const SCORE: &str = "data-score";
}

/// Enums written into markup as their names and read back by the listeners.
macro_rules! named {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name { $($(#[$vdoc])* $variant),+ }

        impl $name {
            /// Every value, in the order the markup shows them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value as the markup writes it.
            pub fn name(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// The value the markup wrote, if it is one.
            pub fn from_name(name: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.name() == name)
            }
        }
    };
}

named! {
    /// The buttons of a saved report's card (`data-action`).
    CardAction { Open = "open", Rename = "rename", Duplicate = "duplicate", Delete = "delete" }
}

named! {
    /// The controls of an incident row (`data-field`).
    IncidentField { Date = "date", Kind = "kind", Grade = "grade", Remove = "remove" }
}

/// The ids of one question's elements, namespaced by its fact: `q-{fact}` is the field (or the
/// name of its group of buttons), the rest hang off it.
#[derive(Clone, Copy)]
pub struct QuestionIds<'a>(pub &'a str);

impl<'a> QuestionIds<'a> {
    /// The field itself, or the name of its group of radio buttons.
    pub fn field(self) -> String {
        format!("q-{}", self.0)
    }
    fn part(self, part: &str) -> String {
        format!("q-{}-{part}", self.0)
    }
    /// The whole question (what a Change link leads to).
    pub fn block(self) -> String {
        self.part("block")
    }
    /// The paragraph that labels a group of buttons.
    pub fn label(self) -> String {
        self.part("label")
    }
    pub fn hint(self) -> String {
        self.part("hint")
    }
    pub fn error(self) -> String {
        self.part("error")
    }
    /// What a number field recorded, when that is not simply the digits typed.
    pub fn note(self) -> String {
        self.part("note")
    }
    pub fn unit(self) -> String {
        self.part("unit")
    }
    /// The radio button of `value` (`unknown` for "I don't know yet", the empty value).
    pub fn radio(self, value: &str) -> String {
        self.part(if value.is_empty() { "unknown" } else { value })
    }
    /// The button that adds an incident to the list.
    pub fn add(self) -> String {
        self.part("add")
    }
    /// The message shown when the list is full.
    pub fn limit(self) -> String {
        self.part("limit")
    }
    /// The row `row` (from 0) of an incident list.
    pub fn incident(self, row: usize) -> IncidentIds<'a> {
        IncidentIds { fact: self.0, row }
    }
}

/// The ids of one incident row's controls, namespaced by the fact and the row, so two incident
/// facts on a page cannot collide.
#[derive(Clone, Copy)]
pub struct IncidentIds<'a> {
    pub fact: &'a str,
    pub row: usize,
}

impl IncidentIds<'_> {
    pub fn control(self, field: IncidentField) -> String {
        format!("q-{}-incident-{}-{}", self.fact, self.row, field.name())
    }
    /// The error of the row's date.
    pub fn date_error(self) -> String {
        format!("{}-error", self.control(IncidentField::Date))
    }
    /// What a row being entered still needs, next to the control `field`.
    pub fn missing(self, field: IncidentField) -> String {
        format!("{}-missing", self.control(field))
    }
}

/// The ids of one self-rating field, namespaced by its indicator.
#[derive(Clone, Copy)]
pub struct ScoreIds<'a>(pub &'a str);

impl ScoreIds<'_> {
    pub fn field(self) -> String {
        format!("score-{}", self.0)
    }
    pub fn hint(self) -> String {
        format!("score-{}-hint", self.0)
    }
    pub fn error(self) -> String {
        format!("score-{}-error", self.0)
    }
}

/// The ids of a saved report's card, namespaced by the report's id.
#[derive(Clone, Copy)]
pub struct CardIds<'a>(pub &'a str);

impl CardIds<'_> {
    /// The checkbox that picks it for comparison.
    pub fn checkbox(self) -> String {
        format!("cmp-{}", self.0)
    }
}

/// The step's error summary, which the step focuses when it holds the walk.
pub const ERROR_SUMMARY: &str = "error-summary";

/// The embedded report's button that sends the verdicts, and its hint.
pub const EMBED_SHARE: &str = "embed-share";
pub const EMBED_SHARE_HINT: &str = "embed-share-hint";

/// The id of the self-rating step's running total, written by the markup and updated by the
/// step as ratings are typed.
pub const SCORE_TOTAL: &str = "score-total";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_back_as_their_values() {
        for a in CardAction::ALL {
            assert_eq!(CardAction::from_name(a.name()), Some(*a));
        }
        for f in IncidentField::ALL {
            assert_eq!(IncidentField::from_name(f.name()), Some(*f));
        }
        assert_eq!(CardAction::from_name("Open"), None);
        assert_eq!(IncidentField::from_name(""), None);
    }

    #[test]
    fn incident_ids_are_namespaced_by_fact_and_row() {
        let a = QuestionIds("incidents").incident(0).control(IncidentField::Date);
        let b = QuestionIds("other_incidents").incident(0).control(IncidentField::Date);
        assert_ne!(a, b);
        assert_eq!(a, "q-incidents-incident-0-date");
        assert_eq!(QuestionIds("incidents").incident(0).date_error(), "q-incidents-incident-0-date-error");
        assert_ne!(QuestionIds("incidents").add(), QuestionIds("other_incidents").add());
    }
}
