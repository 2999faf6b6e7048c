#pragma once

#include "monitoring/checkresult.h"

#include <QList>
#include <QWidget>

class QLabel;

namespace Leitstand {

// Names the fills of the availability chart: a swatch with the state's colour and pattern next to
// the state's name, for each state a bar can hold.
class AvailabilityLegend final : public QWidget
{
    Q_OBJECT

public:
    explicit AvailabilityLegend(QWidget *parent = nullptr);
    ~AvailabilityLegend() override;
    Q_DISABLE_COPY_MOVE(AvailabilityLegend)

protected:
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Entry
    {
        EndpointState state;
        QLabel *swatch;
        QLabel *text;
    };

    void updateSwatches();
    void retranslateUi();

    QList<Entry> m_entries;
};

} // namespace Leitstand
