#include "feed/notice.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

// The translation context of the names.
struct NoticeText
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::Notice)
};

constexpr std::array kindNames {
    std::pair {NoticeKind::Disruption, "disruption"_L1},
    std::pair {NoticeKind::PlannedMaintenance, "maintenance"_L1},
    std::pair {NoticeKind::Information, "information"_L1},
};

constexpr std::array phaseNames {
    std::pair {NoticePhase::Scheduled, "scheduled"_L1},
    std::pair {NoticePhase::Investigating, "investigating"_L1},
    std::pair {NoticePhase::Identified, "identified"_L1},
    std::pair {NoticePhase::Monitoring, "monitoring"_L1},
    std::pair {NoticePhase::Resolved, "resolved"_L1},
};

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, QLatin1StringView>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return name.toString();
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, QLatin1StringView>, N> &names, QStringView text)
{
    for (const auto &[value, name] : names) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

} // namespace

NoticePhase Notice::phase() const
{
    if (!updates.isEmpty())
        return updates.constLast().phase;
    return kind == NoticeKind::PlannedMaintenance ? NoticePhase::Scheduled : NoticePhase::Investigating;
}

QStringList Notice::problemsBeforePublishing() const
{
    QStringList problems;
    const auto requireBoth = [&problems](const BilingualText &both, const QString &what) {
        if (both.de.trimmed().isEmpty())
            problems.append(NoticeText::tr("The German %1 is missing.").arg(what));
        if (both.en.trimmed().isEmpty())
            problems.append(NoticeText::tr("The English %1 is missing.").arg(what));
    };
    requireBoth(title, NoticeText::tr("title"));
    requireBoth(text, NoticeText::tr("text"));
    if (!userAction.isEmpty())
        requireBoth(userAction, NoticeText::tr("advice for users"));
    if (!contact.hours.isEmpty())
        requireBoth(contact.hours, NoticeText::tr("contact hours"));
    if (!contact.alternative.isEmpty())
        requireBoth(contact.alternative, NoticeText::tr("alternative channel"));
    for (const NoticeUpdate &update : updates) {
        if (!update.text.isComplete()) {
            problems.append(NoticeText::tr("The update of %1 needs a German and an English text.")
                    .arg(QLocale().toString(update.at.toLocalTime(), QLocale::ShortFormat)));
        }
    }
    if (services.isEmpty())
        problems.append(NoticeText::tr("Name at least one affected service."));
    if (!start.isValid())
        problems.append(NoticeText::tr("The start is missing."));
    if (expectedEnd.isValid() && start.isValid() && expectedEnd <= start)
        problems.append(NoticeText::tr("The expected end must be after the start."));
    return problems;
}

QString noticeKindName(NoticeKind kind)
{
    return nameOf(kindNames, kind);
}

std::optional<NoticeKind> noticeKindFromName(QStringView name)
{
    return valueOf(kindNames, name);
}

QString noticePhaseName(NoticePhase phase)
{
    return nameOf(phaseNames, phase);
}

std::optional<NoticePhase> noticePhaseFromName(QStringView name)
{
    return valueOf(phaseNames, name);
}

QString noticeKindDisplayName(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::Disruption:
        return NoticeText::tr("Disruption");
    case NoticeKind::PlannedMaintenance:
        return NoticeText::tr("Planned maintenance");
    case NoticeKind::Information:
        return NoticeText::tr("Information");
    }
    return {};
}

QString noticePhaseDisplayName(NoticePhase phase)
{
    switch (phase) {
    case NoticePhase::Scheduled:
        return NoticeText::tr("Scheduled");
    case NoticePhase::Investigating:
        return NoticeText::tr("Investigating");
    case NoticePhase::Identified:
        return NoticeText::tr("Identified");
    case NoticePhase::Monitoring:
        return NoticeText::tr("Monitoring");
    case NoticePhase::Resolved:
        return NoticeText::tr("Resolved");
    }
    return {};
}

} // namespace Leitstand
