#include "customrangedialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

// The locale's short format, but with four-digit years: a two-digit year in a QDateTimeEdit
// would be read in the wrong century.
QString editFormat()
{
    QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    static const QRegularExpression shortYear(u"(?<!y)yy(?!y)"_s);
    format.replace(shortYear, u"yyyy"_s);
    return format;
}

QDateTimeEdit *makeEdit(const QDateTime &utc, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(utc.toLocalTime(), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(editFormat());
    return edit;
}

} // namespace

CustomRangeDialog::CustomRangeDialog(const ChartRange &initial, QWidget *parent)
    : QDialog(parent)
    , m_fromLabel(new QLabel(this))
    , m_toLabel(new QLabel(this))
    , m_from(makeEdit(initial.from(), this))
    , m_to(makeEdit(initial.to(), this))
    , m_zone(new QLabel(this))
    , m_messageIcon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"customRangeDialog"_s);
    m_from->setObjectName(u"customRangeFrom"_s);
    m_to->setObjectName(u"customRangeTo"_s);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_message->setObjectName(u"customRangeMessage"_s);
    m_message->setWordWrap(true);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_messageIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));

    auto *form = new QFormLayout;
    form->addRow(m_fromLabel, m_from);
    form->addRow(m_toLabel, m_to);
    form->addRow(QString(), m_zone);
    auto *message = new QHBoxLayout;
    message->addWidget(m_messageIcon, 0, Qt::AlignTop);
    message->addWidget(m_message, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_buttons);

    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &CustomRangeDialog::validate);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &CustomRangeDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomRangeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CustomRangeDialog::reject);

    retranslateUi();
    validate();
    // Room for the longest message on one or two lines rather than five.
    setMinimumWidth(fontMetrics().averageCharWidth() * 48);
}

CustomRangeDialog::~CustomRangeDialog() = default;

ChartRange CustomRangeDialog::range() const
{
    return ChartRange::custom(m_from->dateTime().toUTC(), m_to->dateTime().toUTC(), QDateTime::currentDateTimeUtc());
}

QString CustomRangeDialog::problem() const
{
    const qint64 from = m_from->dateTime().toMSecsSinceEpoch();
    const qint64 to = m_to->dateTime().toMSecsSinceEpoch();
    if (from >= to)
        return tr("The start must come before the end.");
    if (to > QDateTime::currentMSecsSinceEpoch())
        return tr("The end must not lie in the future.");
    if (to - from < ChartRange::minimumSpanMs)
        return tr("The range must be at least a minute long.");
    if (to - from > ChartRange::maximumSpanMs) {
        return tr("The range must not be longer than %n day(s).", nullptr, int(ChartRange::maximumSpanMs / 86'400'000));
    }
    return {};
}

void CustomRangeDialog::accept()
{
    // OK is disabled while there is a problem, but a caller may still call accept().
    validate();
    if (problem().isEmpty())
        QDialog::accept();
}

void CustomRangeDialog::validate()
{
    const QString text = problem();
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_messageIcon->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

void CustomRangeDialog::retranslateUi()
{
    setWindowTitle(tr("Custom Range"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_from->setAccessibleName(tr("Start of the range"));
    m_to->setAccessibleName(tr("End of the range"));
    m_zone->setText(tr("Local time (%1)").arg(QDateTime::currentDateTime().timeZoneAbbreviation()));
    m_message->setAccessibleName(tr("Problem with the range"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Show"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Show this range"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_from->setDisplayFormat(editFormat());
    m_to->setDisplayFormat(editFormat());
    validate();
}

void CustomRangeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Leitstand
