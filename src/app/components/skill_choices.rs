//! The four skills as checkboxes, for a job (what it needs) and a technician (what they hold):
//! a skill is chosen, never typed.

use crate::app::state::use_app;
use crate::io::parse_skills;
use crate::model::Skill;
use yew::prelude::*;

/// Properties of [`SkillChoices`].
#[derive(Properties, PartialEq)]
pub struct SkillChoicesProps {
    /// The boxes' legend.
    pub legend: AttrValue,
    /// The skills field as the import reads it (`fibre|cuivre`).
    pub field: String,
    /// Called with the field once a box is ticked or unticked.
    pub on_change: Callback<String>,
}

/// The skill's value in a skills field, as the CSV import spells it.
pub fn skill_value(skill: Skill) -> &'static str {
    match skill {
        Skill::Fibre => "fibre",
        Skill::Copper => "cuivre",
        Skill::CivilWorks => "génie civil",
        Skill::Pole => "poteau",
    }
}

/// The skills field once `skill` is ticked (or unticked) in `field`; other skills keep their order.
pub fn toggled(field: &str, skill: Skill) -> String {
    let mut skills = parse_skills(field).unwrap_or_default();
    match skills.iter().position(|held| *held == skill) {
        Some(index) => drop(skills.remove(index)),
        None => skills.push(skill),
    }
    skills.into_iter().map(skill_value).collect::<Vec<_>>().join("|")
}

/// A fieldset of one checkbox per skill.
#[function_component]
pub fn SkillChoices(props: &SkillChoicesProps) -> Html {
    let language = use_app().settings.language;
    let held = parse_skills(&props.field).unwrap_or_default();
    html! {
        <fieldset class="choices skills">
            <legend>{ props.legend.clone() }</legend>
            { for Skill::ALL.iter().map(|&skill| {
                let (on_change, field) = (props.on_change.clone(), props.field.clone());
                html! {
                    <label class="choice">
                        <input type="checkbox" name="skill" value={skill_value(skill)} checked={held.contains(&skill)}
                            onchange={move |_| on_change.emit(toggled(&field, skill))} />
                        { crate::app::pages::skill_name(skill, language) }
                    </label>
                }
            }) }
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_box_adds_or_removes_its_skill_and_reads_a_technicians_stored_names() {
        assert_eq!(toggled("", Skill::Pole), "poteau");
        assert_eq!(toggled("fibre|poteau", Skill::CivilWorks), "fibre|poteau|génie civil");
        assert_eq!(toggled("fibre|poteau", Skill::Fibre), "poteau");
        assert_eq!(toggled("copper|civil_works", Skill::Copper), "génie civil", "a technician's field as stored");
        let field = toggled("fibre", Skill::CivilWorks);
        assert_eq!(parse_skills(&field), Ok(vec![Skill::Fibre, Skill::CivilWorks]), "the import reads it back");
    }
}
