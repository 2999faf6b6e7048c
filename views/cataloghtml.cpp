#include "cataloghtml.h"

#include "catalog/catalogtext.h"
#include "itemmodels/naturalorder.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

const auto serviceScheme = u"service"_s;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Escaped, with the line breaks people typed kept.
QString paragraphText(const QString &text)
{
    return esc(text).replace(u'\n', u"<br/>"_s);
}

QString heading(int level, const QString &text, const QString &cssClass = {})
{
    const QString classAttribute = cssClass.isEmpty() ? QString() : uR"( class="%1")"_s.arg(cssClass);
    return u"<h%1%2>%3</h%1>\n"_s.arg(QString::number(level), classAttribute, esc(text));
}

QString emptyNote(const QString &text)
{
    return u"<p><i>%1</i></p>\n"_s.arg(esc(text));
}

// A table with a header row, which repeats on every page it runs over. Cells are HTML. The block
// after a table loses its top margin, so the table keeps the distance itself; Qt reads a table's
// margin in px only (96 per inch, scaled to the paint device).
QString table(const QStringList &headers, const QList<QStringList> &rows)
{
    QString html
        = uR"(<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse: collapse; margin-bottom: 10px">)"_s
        + u"<thead><tr>"_s;
    for (const QString &header : headers)
        html += uR"(<th align="left">%1</th>)"_s.arg(esc(header));
    html += u"</tr></thead><tbody>"_s;
    for (const QStringList &row : rows) {
        html += u"<tr>"_s;
        for (const QString &cell : row)
            html += uR"(<td valign="top">%1</td>)"_s.arg(cell);
        html += u"</tr>"_s;
    }
    return html + u"</tbody></table>\n"_s;
}

// Label and value, one row each, without borders. Values are HTML.
QString facts(const QList<std::pair<QString, QString>> &rows)
{
    QString html = uR"(<table cellspacing="0" cellpadding="3" style="margin-bottom: 10px">)"_s;
    for (const auto &[label, value] : rows)
        html += uR"(<tr><td valign="top"><b>%1</b></td><td valign="top">%2</td></tr>)"_s.arg(esc(label), value);
    return html + u"</table>\n"_s;
}

QStringList naturallySorted(QStringList names)
{
    const NaturalOrder order;
    std::ranges::sort(names, [&order](const QString &a, const QString &b) { return order.less(a, b); });
    return names;
}

// Other services by name, linked where the catalog has them and links are wanted.
QString serviceNames(const ServiceCatalog &catalog, const QStringList &names, CatalogHtml::Links links)
{
    if (names.isEmpty())
        return esc(CatalogHtml::tr("no other service"));
    QStringList parts;
    for (const QString &name : names) {
        if (!catalog.service(name))
            parts.append(esc(CatalogHtml::tr("%1 (not in the catalog)").arg(name)));
        else if (links == CatalogHtml::Links::Services)
            parts.append(uR"(<a href="%1">%2</a>)"_s.arg(
                esc(CatalogHtml::serviceUrl(name).toString(QUrl::FullyEncoded)), esc(name)));
        else
            parts.append(esc(name));
    }
    return parts.join(u", "_s);
}

QList<const ServiceContact *> onCallContacts(const ServiceDefinition &service)
{
    QList<const ServiceContact *> people;
    for (const ServiceContact &contact : service.contacts) {
        if (contact.onCall)
            people.append(&contact);
    }
    return people;
}

QString teamText(const ServiceCatalog &catalog, const QString &teamName)
{
    if (teamName.isEmpty())
        return u"<i>%1</i>"_s.arg(esc(CatalogHtml::tr("Nobody is responsible for this service.")));
    const Team *team = catalog.team(teamName);
    if (!team)
        return esc(CatalogHtml::tr("%1 (not described in the catalog)").arg(teamName));
    if (team->channel.kind == TeamChannel::Kind::None)
        return esc(CatalogHtml::tr("%1, not notified of incidents").arg(team->name));
    return esc(CatalogHtml::tr("%1, notified by %2", "team, channel kind")
            .arg(team->name, CatalogText::channelKind(team->channel.kind)));
}

QString membersTable(const Team &team)
{
    QList<QStringList> rows;
    for (const TeamMember &member : team.members)
        rows.append({esc(member.name), esc(member.role), esc(member.phone), esc(member.email)});
    return table(
        {CatalogHtml::tr("Name"), CatalogHtml::tr("Role"), CatalogHtml::tr("Phone"), CatalogHtml::tr("E-mail")}, rows);
}

} // namespace

QString CatalogHtml::service(const ServiceCatalog &catalog, const ServiceDefinition &service,
    const QStringList &endpoints, const QDateTime &nowUtc, Links links, int headingLevel)
{
    const int sub = headingLevel + 1;
    QString html = heading(headingLevel, service.name, u"service"_s);
    html += service.description.trimmed().isEmpty() ? emptyNote(tr("No description."))
                                                    : u"<p>%1</p>\n"_s.arg(paragraphText(service.description));

    QStringList onCall;
    for (const ServiceContact *contact : onCallContacts(service)) {
        onCall.append(contact->phone.isEmpty()
                ? esc(contact->name)
                : esc(tr("%1, phone %2", "on-call contact: name, phone").arg(contact->name, contact->phone)));
    }
    const QString target = CatalogText::availabilityTarget(service.availabilityTarget);
    html += facts({
        {tr("Responsible team"), teamText(catalog, service.team)},
        {tr("On call"), onCall.isEmpty() ? u"<i>%1</i>"_s.arg(esc(tr("Nobody is on call."))) : onCall.join(u"<br/>"_s)},
        {tr("Service hours"), esc(CatalogText::serviceHours(service.hours))},
        {tr("Availability target"),
            target.isEmpty() ? esc(tr("none set")) : esc(tr("%1 of the service hours").arg(target))},
        {tr("Depends on"), serviceNames(catalog, service.dependsOn, links)},
        {tr("Needed by"), serviceNames(catalog, naturallySorted(catalog.dependentsOf(service.name)), links)},
        {tr("Measured by"),
            endpoints.isEmpty() ? esc(tr("no endpoint yet")) : esc(naturallySorted(endpoints).join(u", "_s))},
    });

    html += heading(sub, tr("Contacts"));
    if (service.contacts.isEmpty()) {
        html += emptyNote(tr("No contacts are named."));
    } else {
        QList<QStringList> rows;
        for (const ServiceContact &contact : service.contacts) {
            // In words, not by colour or a symbol alone: paper and screen readers need it so.
            const QString onCallCell = contact.onCall ? u"<b>%1</b>"_s.arg(esc(tr("on call"))) : QString();
            rows.append({esc(contact.name), esc(contact.role), esc(contact.phone), esc(contact.email), onCallCell});
        }
        html += table({tr("Name"), tr("Role"), tr("Phone"), tr("E-mail"), tr("On call")}, rows);
    }

    if (const Team *team = catalog.team(service.team); team && !team->members.isEmpty()) {
        html += heading(sub, tr("Members of %1").arg(team->name));
        html += membersTable(*team);
    }

    html += heading(sub, tr("Technical prerequisites"));
    if (service.prerequisites.isEmpty()) {
        html += emptyNote(tr("None described."));
    } else {
        html += u"<ul>"_s;
        for (const QString &prerequisite : service.prerequisites)
            html += u"<li>%1</li>"_s.arg(esc(prerequisite));
        html += u"</ul>\n"_s;
    }

    html += heading(sub, tr("Maintenance windows"));
    if (service.maintenance.isEmpty()) {
        html += emptyNote(tr("None planned."));
    } else {
        html += u"<ul>"_s;
        for (const MaintenanceWindow &window : service.maintenance) {
            const QString title = window.title().isEmpty() ? tr("Maintenance") : window.title();
            html += u"<li><b>%1</b>: %2<br/>%3</li>"_s.arg(esc(title), esc(CatalogText::maintenanceWindow(window)),
                esc(CatalogText::nextMaintenance(window, nowUtc)));
        }
        html += u"</ul>\n"_s;
    }
    return html;
}

QString CatalogHtml::responsibilities(const ServiceCatalog &catalog)
{
    QList<QStringList> rows;
    for (const ServiceDefinition &service : catalog.services) {
        QStringList names;
        QStringList phones;
        for (const ServiceContact *contact : onCallContacts(service)) {
            names.append(esc(contact->name));
            phones.append(esc(contact->phone));
        }
        const QString nobody = u"<i>%1</i>"_s.arg(esc(tr("nobody")));
        rows.append({u"<b>%1</b>"_s.arg(esc(service.name)), service.team.isEmpty() ? nobody : esc(service.team),
            names.isEmpty() ? nobody : names.join(u"<br/>"_s), phones.join(u"<br/>"_s)});
    }
    return table({tr("Service"), tr("Responsible team"), tr("On call"), tr("Phone")}, rows);
}

QString CatalogHtml::dependencies(const ServiceCatalog &catalog)
{
    QList<QStringList> rows;
    for (const ServiceDefinition &service : catalog.services) {
        rows.append({u"<b>%1</b>"_s.arg(esc(service.name)), serviceNames(catalog, service.dependsOn, Links::None),
            serviceNames(catalog, naturallySorted(catalog.dependentsOf(service.name)), Links::None)});
    }
    return table({tr("Service"), tr("Depends on"), tr("Needed by")}, rows);
}

QString CatalogHtml::teams(const ServiceCatalog &catalog)
{
    QString html;
    for (const Team &team : catalog.teams) {
        QStringList services;
        for (const ServiceDefinition &service : catalog.services) {
            if (service.team == team.name)
                services.append(service.name);
        }
        html += heading(3, team.name);
        html += facts({
            {tr("Responsible for"),
                services.isEmpty() ? esc(tr("no service")) : esc(naturallySorted(services).join(u", "_s))},
            {tr("Notified by"), esc(CatalogText::channelKind(team.channel.kind))},
        });
        html += team.members.isEmpty() ? emptyNote(tr("No members are named.")) : membersTable(team);
    }
    return html;
}

QUrl CatalogHtml::serviceUrl(const QString &name)
{
    QUrl url;
    url.setScheme(serviceScheme);
    url.setPath(name);
    return url;
}

QString CatalogHtml::serviceOf(const QUrl &url)
{
    return url.scheme() == serviceScheme ? url.path() : QString();
}

} // namespace Leitstand
