// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "DerivedRules.h"

namespace {
// `pattern` with %1.. filled in, per language of the pattern; names in that language.
LocalizedText fill(const LocalizedText &pattern, const QList<const LocalizedText *> &args)
{
    LocalizedText out;
    for (const QString &lang : pattern.languages()) {
        QString text = pattern.exact(lang);
        for (qsizetype i = 0; i < args.size(); ++i)
            text.replace(QLatin1Char('%') + QString::number(i + 1), args.at(i)->text(lang));
        out.set(lang, text);
    }
    return out;
}
} // namespace

QString DerivedRules::sharedLanguage(const QStringList &a, const QStringList &b)
{
    for (const QString &language : a)
        if (b.contains(language))
            return language;
    return {};
}

void DerivedRules::apply(KnowledgeBase *kb)
{
    const LanguageRules &rules = kb->languageRules;
    if (rules.isEmpty())
        return;

    if (!rules.question.isEmpty()) {
        for (Question &question : kb->questions) {
            if (question.id != rules.question)
                continue;
            for (Option &option : question.options) {
                for (const Candidate &candidate : std::as_const(kb->candidates)) {
                    if (!rules.teamAreas.contains(candidate.area))
                        continue;
                    const QString language = sharedLanguage(option.languages, candidate.languages);
                    if (language.isEmpty())
                        continue;
                    Effect effect;
                    effect.kind = Effect::Kind::Nudge;
                    effect.target = candidate.id;
                    effect.amount = rules.teamPoints;
                    const LocalizedText name = rules.names.value(language, LocalizedText(language));
                    effect.why = fill(rules.teamWhy, {&candidate.name, &name});
                    effect.pos = option.pos;
                    option.effects.append(effect);
                }
            }
        }
    }

    if (rules.sharedAreas.size() == 2) {
        QList<Synergy> derived;
        for (const Candidate &a : std::as_const(kb->candidates)) {
            if (a.area != rules.sharedAreas.at(0))
                continue;
            for (const Candidate &b : std::as_const(kb->candidates)) {
                if (b.area != rules.sharedAreas.at(1))
                    continue;
                const QString language = sharedLanguage(a.languages, b.languages);
                if (language.isEmpty())
                    continue;
                Synergy synergy;
                synergy.a = a.id;
                synergy.b = b.id;
                synergy.points = rules.sharedPoints;
                const LocalizedText name = rules.names.value(language, LocalizedText(language));
                synergy.why = fill(rules.sharedWhy, {&a.name, &b.name, &name});
                synergy.pos = rules.pos;
                derived.append(synergy);
            }
        }
        kb->synergies.append(derived);
    }
    kb->reindex();
}
