//! The check page's answers as escaped HTML: every answer by topic with a Change link back to
//! its step. Links are plain `?page=…` addresses, followed inside the app by one listener
//! (`ui::nav::follow_links`).

use crate::engine::{FactValue, Profile};
use crate::i18n::{Lang, Msg};
use crate::report::html::escape;
use crate::report::text;
use crate::schemes::FactDef;
use crate::walk::{steps, topic_facts, Step};
use std::fmt::Write;

/// An answer in words.
pub fn answer(fact: &FactDef, value: Option<&FactValue>, lang: Lang) -> String {
    match value {
        None => Msg::NotAnswered.text(lang).to_string(),
        Some(FactValue::Number(n)) => {
            format!("{} {}", text::number(*n), text::unit(fact.unit, lang)).trim().to_string()
        }
        Some(FactValue::YesNo(b)) => (if *b { Msg::Yes } else { Msg::No }).text(lang).to_string(),
        Some(FactValue::Date(d)) => d.to_string(),
        Some(FactValue::Choice(c)) => fact
            .options
            .iter()
            .find(|o| &o.id == c)
            .map(|o| o.label.get(lang.is_en()).to_string())
            .unwrap_or_else(|| c.clone()),
        Some(FactValue::Incidents(l)) if l.is_empty() => Msg::IncidentsNone.text(lang).to_string(),
        Some(FactValue::Incidents(l)) => {
            l.iter().map(|i| text::incident(i, lang)).collect::<Vec<_>>().join(lang.pick("；", "; "))
        }
    }
}

/// A "Change" link to `query`, named for screen readers by what it changes.
fn change_link(h: &mut String, query: &str, what: &str, lang: Lang) {
    let _ = write!(
        h,
        "<a href=\"?{}\">{}<span class=\"visually-hidden\"> {}</span></a>",
        escape(query),
        escape(Msg::Change.text(lang)),
        escape(what)
    );
}

/// The check page: every answer by topic (only the questions asked), then the self-ratings of
/// the performance tables, each with a Change link back to its step. `kept` are the link
/// parameters that travel with every page (`&key=value…`).
pub fn answers(schemes: &[String], profile: &Profile, lang: Lang, kept: &str) -> String {
    let en = lang.is_en();
    let mut h = String::new();
    for (i, step) in steps(schemes).into_iter().enumerate() {
        let query = format!("page=step&step={}&from=check{kept}", i + 1);
        match step {
            Step::Topic(topic) => {
                let _ = write!(h, "<h2>{}</h2><dl class=\"answers\">", escape(topic.name.get(en)));
                for f in topic_facts(topic, schemes)
                    .into_iter()
                    .filter(|f| f.ask_when.as_ref().is_none_or(|c| profile.holds(c) == Some(true)))
                {
                    let label = f.label.get(en);
                    let _ = write!(
                        h,
                        "<dt>{}</dt><dd>{}</dd><dd>",
                        escape(label),
                        escape(&answer(f, profile.facts.get(f.id.as_str()), lang))
                    );
                    change_link(&mut h, &format!("{query}#q-{}-block", f.id), label, lang);
                    h.push_str("</dd>");
                }
                h.push_str("</dl>");
            }
            Step::Performance(table) => {
                let title = step.title(lang);
                let _ = write!(h, "<h2>{}</h2><p>", escape(&title));
                change_link(&mut h, &query, &title, lang);
                h.push_str("</p><dl class=\"answers\">");
                for ind in table.indicators.iter() {
                    let value = match profile.scores.get(ind.id.as_str()) {
                        Some(v) => format!("{} / {}", text::number(*v), ind.weight),
                        None => Msg::NotAnswered.text(lang).to_string(),
                    };
                    let _ = write!(h, "<dt>{}</dt><dd>{}</dd><dd></dd>", escape(ind.name.get(en)), escape(&value));
                }
                h.push_str("</dl>");
            }
        }
    }
    h
}
