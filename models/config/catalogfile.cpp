#include "config/catalogfile.h"

#include "catalog/maintenancewindowformat.h"
#include "config/yamlfile.h"

#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

constexpr std::array topKeys {"version"_L1, "teams"_L1, "services"_L1};
constexpr std::array teamKeys {"name"_L1, "members"_L1, "channel"_L1};
constexpr std::array memberKeys {"name"_L1, "role"_L1, "email"_L1, "phone"_L1};
constexpr std::array channelKeys {"kind"_L1, "url"_L1, "homeserver"_L1, "room"_L1};
// Refused with a message that says where secrets go.
constexpr std::array secretKeys {
    "token"_L1, "access_token"_L1, "bearer_token"_L1, "password"_L1, "secret"_L1, "api_key"_L1};
constexpr std::array serviceKeys {"name"_L1, "description"_L1, "team"_L1, "contacts"_L1, "prerequisites"_L1,
    "depends_on"_L1, "hours"_L1, "availability_target"_L1, "maintenance"_L1};
constexpr std::array contactKeys {"name"_L1, "role"_L1, "phone"_L1, "email"_L1, "on_call"_L1};
constexpr std::array hoursKeys {"weekly"_L1, "timezone"_L1, "holidays"_L1};

using Entry = YamlFileReader::Entry;

// A service as read, with where its cross references stand, for the checks that need every
// service of the file.
struct ReadService
{
    ServiceDefinition definition;
    QString path;
    int line = 0;
    int teamLine = 0;
    int dependsOnLine = 0;
    // Where each definition.dependsOn entry stands.
    QList<int> dependencyLines;
    QStringList dependencyPaths;
};

class Parser final : public YamlFileReader
{
public:
    explicit Parser(const QString &fileName)
        : YamlFileReader(fileName, CatalogFile::tr("expected a mapping with the keys version, teams and services"))
    {
    }

    CatalogFile::Result run(const QByteArray &yaml);

private:
    // What team members and contacts have in common.
    struct Person
    {
        QString name;
        QString role;
        QString email;
        QString phone;
    };

    // The items of a list with their lines; a single value stands for a list of one where
    // allowSingle is set.
    std::optional<QList<std::pair<YAML::Node, int>>> items(
        const Entry &entry, const QString &path, const QString &expected, bool allowSingle = false);
    std::optional<QString> optionalText(const Entry *entry, const QString &path);
    std::optional<QString> email(const Entry &entry, const QString &path);
    std::optional<QString> phone(const Entry &entry, const QString &path);

    std::optional<Team> parseTeam(const YAML::Node &node, int line, const QString &path);
    // The required name of a team, service, member or contact; empty after a problem.
    QString name(const Mapping &fields, int line, const QString &path);
    Person parsePerson(const Mapping &fields, int line, const QString &path);
    std::optional<TeamMember> parseMember(const YAML::Node &node, int line, const QString &path);
    std::optional<TeamChannel> parseChannel(const Entry &entry, const QString &path, const QString &teamName);
    std::optional<ReadService> parseService(const YAML::Node &node, int line, const QString &path);
    std::optional<ServiceContact> parseContact(const YAML::Node &node, int line, const QString &path);
    std::optional<ServiceHours> parseHours(const Entry &entry, const QString &path);
    std::optional<double> parseTarget(const Entry &entry, const QString &path);
    std::optional<MaintenanceWindow> parseWindow(
        const YAML::Node &node, int line, const QString &path, const QTimeZone &serviceZone);

    void checkReferences(const QList<ReadService> &services, const QSet<QString> &teamNames);
    void checkCycles(const QList<ReadService> &services);
};

CatalogFile::Result Parser::run(const QByteArray &yaml)
{
    const auto top = topLevel(yaml, topKeys, CatalogFile::currentVersion);
    if (!top)
        return std::unexpected(problems());

    ServiceCatalog catalog;
    QHash<QString, int> teamLines;
    if (const Entry *entry = top->find("teams"_L1)) {
        if (const auto list = items(*entry, entry->key, CatalogFile::tr("expected a list of teams"))) {
            for (qsizetype i = 0; i < list->size(); ++i) {
                const auto &[node, line] = list->at(i);
                const QString path = index(entry->key, i);
                auto team = parseTeam(node, line, path);
                if (!team)
                    continue;
                if (const auto it = teamLines.constFind(team->name); it != teamLines.cend()) {
                    report(line, join(path, "name"_L1),
                        CatalogFile::tr("the team \"%1\" is already defined at line %2").arg(team->name).arg(*it));
                    continue;
                }
                teamLines.insert(team->name, line);
                catalog.teams.append(*std::move(team));
            }
        }
    } else {
        missing(1, QString(), "teams"_L1);
    }

    QList<ReadService> services;
    QHash<QString, int> serviceLines;
    if (const Entry *entry = top->find("services"_L1)) {
        if (const auto list = items(*entry, entry->key, CatalogFile::tr("expected a list of services"))) {
            for (qsizetype i = 0; i < list->size(); ++i) {
                const auto &[node, line] = list->at(i);
                const QString path = index(entry->key, i);
                auto service = parseService(node, line, path);
                if (!service)
                    continue;
                const QString &name = service->definition.name;
                if (const auto it = serviceLines.constFind(name); it != serviceLines.cend()) {
                    report(line, join(path, "name"_L1),
                        CatalogFile::tr("the service \"%1\" is already defined at line %2").arg(name).arg(*it));
                    continue;
                }
                serviceLines.insert(name, line);
                services.append(*std::move(service));
            }
        }
    } else {
        missing(1, QString(), "services"_L1);
    }

    checkReferences(services, QSet<QString>(teamLines.keyBegin(), teamLines.keyEnd()));
    checkCycles(services);

    if (hasProblems())
        return std::unexpected(problems());
    for (ReadService &service : services)
        catalog.services.append(std::move(service.definition));
    catalog.sortByName();
    return catalog;
}

std::optional<QList<std::pair<YAML::Node, int>>> Parser::items(
    const Entry &entry, const QString &path, const QString &expected, bool allowSingle)
{
    QList<std::pair<YAML::Node, int>> result;
    if (allowSingle && entry.value.IsScalar()) {
        result.append({entry.value, entry.line});
        return result;
    }
    if (!entry.value.IsSequence()) {
        report(entry.line, path, expected);
        return std::nullopt;
    }
    for (const YAML::Node &item : entry.value)
        result.append({item, lineOf(item, entry.line)});
    return result;
}

std::optional<QString> Parser::optionalText(const Entry *entry, const QString &path)
{
    if (!entry)
        return QString();
    return text(entry->value, entry->line, path);
}

std::optional<QString> Parser::email(const Entry &entry, const QString &path)
{
    auto value = text(entry.value, entry.line, path);
    if (!value)
        return std::nullopt;
    static const QRegularExpression address(u"^[^@\\s]+@[^@\\s]+$"_s);
    if (!address.matchView(*value).hasMatch()) {
        report(entry.line, path,
            CatalogFile::tr("expected an e-mail address such as erika@example.org, not \"%1\"").arg(*value));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> Parser::phone(const Entry &entry, const QString &path)
{
    auto value = text(entry.value, entry.line, path);
    if (!value)
        return std::nullopt;
    // As people write numbers: +49 30 1234-567, (030) 1234 567, 030/1234567.
    static const QRegularExpression number(u"^\\+?[0-9 ()/.-]*[0-9][0-9 ()/.-]*$"_s);
    if (!number.matchView(*value).hasMatch()) {
        report(entry.line, path,
            CatalogFile::tr("expected a phone number of digits, spaces and + ( ) / - such as +49 30 1234-567, "
                            "not \"%1\"")
                .arg(*value));
        return std::nullopt;
    }
    return value;
}

std::optional<Team> Parser::parseTeam(const YAML::Node &node, int line, const QString &path)
{
    const auto fields = mapping(node, line, path, teamKeys);
    if (!fields)
        return std::nullopt;
    Team team;
    team.name = name(*fields, line, path);
    if (const Entry *members = fields->find("members"_L1)) {
        const QString at = join(path, "members"_L1);
        if (const auto list = items(*members, at, CatalogFile::tr("expected a list of team members"))) {
            for (qsizetype i = 0; i < list->size(); ++i) {
                if (auto member = parseMember(list->at(i).first, list->at(i).second, index(at, i)))
                    team.members.append(*std::move(member));
            }
        }
    }
    if (const Entry *channel = fields->find("channel"_L1)) {
        if (auto parsed = parseChannel(*channel, join(path, "channel"_L1), team.name))
            team.channel = *std::move(parsed);
    }
    // A team with problems still takes part in the duplicate check, if its name could be read.
    if (team.name.isEmpty())
        return std::nullopt;
    return team;
}

std::optional<TeamMember> Parser::parseMember(const YAML::Node &node, int line, const QString &path)
{
    const auto fields = mapping(node, line, path, memberKeys);
    if (!fields)
        return std::nullopt;
    const Person person = parsePerson(*fields, line, path);
    return TeamMember {person.name, person.role, person.email, person.phone};
}

Parser::Person Parser::parsePerson(const Mapping &fields, int line, const QString &path)
{
    Person person;
    person.name = name(fields, line, path);
    if (auto role = optionalText(fields.find("role"_L1), join(path, "role"_L1)))
        person.role = *role;
    if (const Entry *entry = fields.find("email"_L1)) {
        if (auto value = email(*entry, join(path, "email"_L1)))
            person.email = *value;
    }
    if (const Entry *entry = fields.find("phone"_L1)) {
        if (auto value = phone(*entry, join(path, "phone"_L1)))
            person.phone = *value;
    }
    return person;
}

QString Parser::name(const Mapping &fields, int line, const QString &path)
{
    const Entry *entry = fields.find("name"_L1);
    if (!entry) {
        missing(line, path, "name"_L1);
        return {};
    }
    return text(entry->value, entry->line, join(path, "name"_L1)).value_or(QString());
}

std::optional<TeamChannel> Parser::parseChannel(const Entry &entry, const QString &path, const QString &teamName)
{
    const auto fields = mapping(entry.value, entry.line, path, channelKeys, secretKeys);
    if (!fields)
        return std::nullopt;
    const qsizetype problemsBefore = problemCount();
    QJsonObject json;
    for (const Entry &field : fields->entries) {
        const QString at = join(path, field.key);
        if (std::ranges::contains(secretKeys, field.key)) {
            report(field.line, at,
                CatalogFile::tr("secrets do not belong in the catalog file; store the token with "
                                "\"leitstand secret set\" under the key %1")
                    .arg(TeamChannel::secretKey(teamName.isEmpty() ? u"<team>"_s : teamName)));
            continue;
        }
        if (auto value = text(field.value, field.line, at))
            json.insert(field.key, *value);
    }
    const Entry *kind = fields->find("kind"_L1);
    if (!kind) {
        missing(entry.line, path, "kind"_L1);
        return std::nullopt;
    }
    const QString kindName = json.value("kind"_L1).toString();
    QList<QLatin1StringView> needed;
    if (kindName == "webhook"_L1)
        needed = {"url"_L1};
    else if (kindName == "matrix"_L1)
        needed = {"homeserver"_L1, "room"_L1};
    if (!needed.isEmpty()) {
        for (QLatin1StringView key : needed) {
            if (!fields->find(key))
                missing(entry.line, path, key);
        }
        for (const Entry &field : fields->entries) {
            if (field.key != "kind"_L1 && !std::ranges::contains(secretKeys, field.key)
                && !needed.contains(field.key)) {
                report(field.line, join(path, field.key),
                    CatalogFile::tr("applies only to kind %1").arg(field.key == "url"_L1 ? u"webhook"_s : u"matrix"_s));
            }
        }
    }
    if (problemCount() != problemsBefore)
        return std::nullopt;

    auto channel = TeamChannel::fromJson(json);
    if (!channel) {
        // TeamChannel names the key first, as "url: expected …".
        const QString &message = channel.error();
        const QString key = message.section(": "_L1, 0, 0);
        const Entry *field = fields->find(key);
        if (field)
            report(field->line, join(path, key), message.section(": "_L1, 1));
        else
            report(entry.line, path, message);
        return std::nullopt;
    }
    return *channel;
}

std::optional<ReadService> Parser::parseService(const YAML::Node &node, int line, const QString &path)
{
    const auto fields = mapping(node, line, path, serviceKeys);
    if (!fields)
        return std::nullopt;
    ReadService read;
    read.path = path;
    read.line = line;
    ServiceDefinition &service = read.definition;
    service.name = name(*fields, line, path);
    if (auto description = optionalText(fields->find("description"_L1), join(path, "description"_L1)))
        service.description = *description;
    if (const Entry *team = fields->find("team"_L1)) {
        read.teamLine = team->line;
        if (auto value = text(team->value, team->line, join(path, "team"_L1)))
            service.team = *value;
    }
    if (const Entry *contacts = fields->find("contacts"_L1)) {
        const QString at = join(path, "contacts"_L1);
        if (const auto list = items(*contacts, at, CatalogFile::tr("expected a list of contacts"))) {
            for (qsizetype i = 0; i < list->size(); ++i) {
                if (auto contact = parseContact(list->at(i).first, list->at(i).second, index(at, i)))
                    service.contacts.append(*std::move(contact));
            }
        }
    }
    if (const Entry *prerequisites = fields->find("prerequisites"_L1)) {
        const QString at = join(path, "prerequisites"_L1);
        if (const auto list = items(*prerequisites, at, CatalogFile::tr("expected a list of prerequisites"), true)) {
            for (qsizetype i = 0; i < list->size(); ++i) {
                const QString itemPath = prerequisites->value.IsSequence() ? index(at, i) : at;
                if (auto value = text(list->at(i).first, list->at(i).second, itemPath))
                    service.prerequisites.append(*value);
            }
        }
    }
    if (const Entry *dependsOn = fields->find("depends_on"_L1)) {
        const QString at = join(path, "depends_on"_L1);
        read.dependsOnLine = dependsOn->line;
        if (const auto list = items(*dependsOn, at, CatalogFile::tr("expected a list of service names"), true)) {
            for (qsizetype i = 0; i < list->size(); ++i) {
                const QString itemPath = dependsOn->value.IsSequence() ? index(at, i) : at;
                const int itemLine = list->at(i).second;
                const auto value = text(list->at(i).first, itemLine, itemPath);
                if (!value)
                    continue;
                if (service.dependsOn.contains(*value)) {
                    report(itemLine, itemPath, CatalogFile::tr("\"%1\" is listed twice").arg(*value));
                    continue;
                }
                service.dependsOn.append(*value);
                read.dependencyLines.append(itemLine);
                read.dependencyPaths.append(itemPath);
            }
        }
    }
    if (const Entry *hours = fields->find("hours"_L1)) {
        if (auto parsed = parseHours(*hours, join(path, "hours"_L1)))
            service.hours = *std::move(parsed);
    }
    if (const Entry *target = fields->find("availability_target"_L1))
        service.availabilityTarget = parseTarget(*target, join(path, "availability_target"_L1));
    if (const Entry *maintenance = fields->find("maintenance"_L1)) {
        const QString at = join(path, "maintenance"_L1);
        if (const auto list = items(*maintenance, at, CatalogFile::tr("expected a list of maintenance windows"))) {
            for (qsizetype i = 0; i < list->size(); ++i) {
                auto window
                    = parseWindow(list->at(i).first, list->at(i).second, index(at, i), service.hours.timeZone());
                if (window)
                    service.maintenance.append(*std::move(window));
            }
        }
    }
    // Without a name the service cannot take part in the checks between services.
    if (service.name.isEmpty())
        return std::nullopt;
    return read;
}

std::optional<ServiceContact> Parser::parseContact(const YAML::Node &node, int line, const QString &path)
{
    const auto fields = mapping(node, line, path, contactKeys);
    if (!fields)
        return std::nullopt;
    const Person person = parsePerson(*fields, line, path);
    ServiceContact contact;
    contact.name = person.name;
    contact.role = person.role;
    contact.phone = person.phone;
    contact.email = person.email;
    if (const Entry *entry = fields->find("on_call"_L1)) {
        if (auto value = boolean(entry->value, entry->line, join(path, "on_call"_L1)))
            contact.onCall = *value;
        // On call means reachable outside office hours during an outage: by phone.
        if (contact.onCall && !fields->find("phone"_L1)) {
            report(entry->line, join(path, "on_call"_L1), CatalogFile::tr("a contact on call needs a phone number"));
        }
    }
    return contact;
}

std::optional<ServiceHours> Parser::parseHours(const Entry &entry, const QString &path)
{
    const auto fields = mapping(entry.value, entry.line, path, hoursKeys);
    if (!fields)
        return std::nullopt;
    bool valid = true;
    QTimeZone zone = ServiceHours::defaultTimeZone();
    if (const Entry *timezone = fields->find("timezone"_L1)) {
        const QString at = join(path, "timezone"_L1);
        if (const auto name = text(timezone->value, timezone->line, at)) {
            zone = QTimeZone(name->toUtf8());
            if (!zone.isValid()) {
                report(timezone->line, at,
                    CatalogFile::tr("unknown time zone \"%1\"; expected an IANA name such as Europe/Berlin")
                        .arg(*name));
            }
        }
        valid = valid && zone.isValid();
    }
    std::optional<FederalState> holidays;
    if (const Entry *state = fields->find("holidays"_L1)) {
        const QString at = join(path, "holidays"_L1);
        if (const auto code = text(state->value, state->line, at)) {
            holidays = federalStateFromCode(*code);
            if (!holidays) {
                QStringList codes;
                for (int i = 0; i < federalStateCount; ++i)
                    codes.append(federalStateCode(FederalState(i)));
                report(state->line, at,
                    CatalogFile::tr("unknown federal state \"%1\"; expected one of %2")
                        .arg(*code, codes.join(u", "_s)));
            }
        }
        valid = valid && holidays;
    }
    WeeklyHours week;
    if (const Entry *weekly = fields->find("weekly"_L1)) {
        const QString at = join(path, "weekly"_L1);
        if (const auto spec = text(weekly->value, weekly->line, at)) {
            auto parsed = WeeklyHours::parse(*spec);
            if (parsed) {
                week = *std::move(parsed);
            } else {
                report(weekly->line, at, parsed.error());
                valid = false;
            }
        } else {
            valid = false;
        }
    }
    if (!valid)
        return std::nullopt;
    return ServiceHours(std::move(week), zone, holidays);
}

std::optional<double> Parser::parseTarget(const Entry &entry, const QString &path)
{
    const auto value = scalar(entry.value, entry.line, path);
    if (!value)
        return std::nullopt;
    static const QRegularExpression decimal(u"^[0-9]{1,3}(\\.[0-9]+)?$"_s);
    const double percent = value->toDouble();
    if (!decimal.matchView(*value).hasMatch() || percent <= 0 || percent > 100) {
        report(entry.line, path,
            CatalogFile::tr("expected a percentage above 0 and at most 100 such as 99.5, not \"%1\"").arg(*value));
        return std::nullopt;
    }
    return percent;
}

std::optional<MaintenanceWindow> Parser::parseWindow(
    const YAML::Node &node, int line, const QString &path, const QTimeZone &serviceZone)
{
    const auto fields = mapping(node, line, path, MaintenanceWindowFormat::keys());
    if (!fields)
        return std::nullopt;
    const qsizetype problemsBefore = problemCount();
    QVariantMap values;
    for (const Entry &entry : fields->entries) {
        const QString at = join(path, entry.key);
        if (entry.value.IsNull()) {
            values.insert(entry.key, QString());
        } else if (entry.value.IsScalar()) {
            values.insert(entry.key, QString::fromStdString(entry.value.Scalar()));
        } else if (entry.value.IsSequence()) {
            QStringList list;
            for (const YAML::Node &item : entry.value) {
                if (auto value = scalar(item, lineOf(item, entry.line), at))
                    list.append(*value);
            }
            values.insert(entry.key, list);
        } else {
            report(entry.line, at, CatalogFile::tr("expected a single value or a list, not a mapping"));
        }
    }
    if (problemCount() != problemsBefore)
        return std::nullopt;
    // A window is in its service's time zone unless it names its own.
    if (!values.contains(u"timezone"_s))
        values.insert(u"timezone"_s, QString::fromUtf8(serviceZone.id()));

    auto window = MaintenanceWindowFormat::fromFields(values);
    if (!window) {
        // Each problem is "field: message"; the field's line if the file has it, else the window's.
        for (const QString &problem : window.error()) {
            const QString key = problem.section(": "_L1, 0, 0);
            const Entry *field = fields->find(key);
            report(field ? field->line : line, join(path, key), problem.section(": "_L1, 1));
        }
        return std::nullopt;
    }
    return *window;
}

void Parser::checkReferences(const QList<ReadService> &services, const QSet<QString> &teamNames)
{
    QSet<QString> serviceNames;
    for (const ReadService &service : services)
        serviceNames.insert(service.definition.name);
    for (const ReadService &service : services) {
        const ServiceDefinition &definition = service.definition;
        if (!definition.team.isEmpty() && !teamNames.contains(definition.team)) {
            report(service.teamLine, join(service.path, "team"_L1),
                CatalogFile::tr("there is no team \"%1\" in this file").arg(definition.team));
        }
        for (qsizetype i = 0; i < definition.dependsOn.size(); ++i) {
            const QString &name = definition.dependsOn[i];
            const QString &at = service.dependencyPaths[i];
            if (name == definition.name)
                report(service.dependencyLines[i], at, CatalogFile::tr("a service cannot depend on itself"));
            else if (!serviceNames.contains(name))
                report(service.dependencyLines[i], at,
                    CatalogFile::tr("there is no service \"%1\" in this file; list it under services, "
                                    "if need be with its name only")
                        .arg(name));
        }
    }
}

// Every cycle is reported once, at the depends_on of the service in it that comes first in the file.
void Parser::checkCycles(const QList<ReadService> &services)
{
    QHash<QString, qsizetype> byName;
    for (qsizetype i = 0; i < services.size(); ++i)
        byName.insert(services[i].definition.name, i);

    enum class Mark { New, OnPath, Done };
    QList<Mark> marks(services.size(), Mark::New);
    QList<qsizetype> path;
    QSet<QSet<qsizetype>> reported;
    const auto visit = [&](const auto &self, qsizetype at) -> void {
        marks[at] = Mark::OnPath;
        path.append(at);
        for (const QString &name : services[at].definition.dependsOn) {
            const auto next = byName.constFind(name);
            if (next == byName.cend() || *next == at)
                continue;
            if (marks[*next] == Mark::OnPath) {
                const QList<qsizetype> cycle = path.sliced(path.indexOf(*next));
                const QSet<qsizetype> members(cycle.cbegin(), cycle.cend());
                if (reported.contains(members))
                    continue;
                reported.insert(members);
                // Start the cycle at its service that comes first in the file.
                const qsizetype first = std::ranges::min_element(cycle) - cycle.begin();
                QStringList names;
                for (qsizetype i = 0; i <= cycle.size(); ++i)
                    names.append(services[cycle[(first + i) % cycle.size()]].definition.name);
                const ReadService &start = services[cycle[first]];
                report(start.dependsOnLine, join(start.path, "depends_on"_L1),
                    CatalogFile::tr("the dependencies form a cycle: %1").arg(names.join(u" → "_s)));
            } else if (marks[*next] == Mark::New) {
                self(self, *next);
            }
        }
        path.removeLast();
        marks[at] = Mark::Done;
    };
    for (qsizetype i = 0; i < services.size(); ++i) {
        if (marks[i] == Mark::New)
            visit(visit, i);
    }
}

// --- writing ---

class Writer final : public YamlFileWriter
{
public:
    void team(const Team &team);
    void service(const ServiceDefinition &service);

private:
    void window(const MaintenanceWindow &window, const QTimeZone &serviceZone);
    void optional(int depth, QLatin1StringView key, const QString &text)
    {
        if (!text.isEmpty())
            value(depth, key, string(text));
    }
    static QString flowList(const QStringList &items)
    {
        QStringList written;
        for (const QString &item : items)
            written.append(string(item, true));
        return u'[' + written.join(u", "_s) + u']';
    }
};

void Writer::team(const Team &team)
{
    line(1, u"- name: "_s + string(team.name));
    if (!team.members.isEmpty()) {
        line(2, u"members:"_s);
        for (const TeamMember &member : team.members) {
            line(3, u"- name: "_s + string(member.name));
            optional(4, "role"_L1, member.role);
            optional(4, "email"_L1, member.email);
            optional(4, "phone"_L1, member.phone);
        }
    }
    const QJsonObject channel = team.channel.toJson();
    if (!channel.isEmpty()) {
        line(2, u"channel:"_s);
        for (QLatin1StringView key : channelKeys) {
            if (channel.contains(key))
                value(3, key, string(channel.value(key).toString()));
        }
    }
}

void Writer::service(const ServiceDefinition &service)
{
    line(1, u"- name: "_s + string(service.name));
    optional(2, "description"_L1, service.description);
    optional(2, "team"_L1, service.team);
    if (!service.contacts.isEmpty()) {
        line(2, u"contacts:"_s);
        for (const ServiceContact &contact : service.contacts) {
            line(3, u"- name: "_s + string(contact.name));
            optional(4, "role"_L1, contact.role);
            optional(4, "phone"_L1, contact.phone);
            optional(4, "email"_L1, contact.email);
            if (contact.onCall)
                value(4, "on_call"_L1, u"true"_s);
        }
    }
    if (!service.prerequisites.isEmpty()) {
        line(2, u"prerequisites:"_s);
        for (const QString &prerequisite : service.prerequisites)
            line(3, u"- "_s + string(prerequisite));
    }
    if (!service.dependsOn.isEmpty())
        value(2, "depends_on"_L1, flowList(service.dependsOn));
    const ServiceHours &hours = service.hours;
    if (hours != ServiceHours()) {
        line(2, u"hours:"_s);
        if (!hours.week().isAlways())
            value(3, "weekly"_L1, string(hours.toString()));
        if (hours.timeZone() != ServiceHours::defaultTimeZone())
            value(3, "timezone"_L1, string(QString::fromUtf8(hours.timeZone().id())));
        if (const auto state = hours.holidayState())
            value(3, "holidays"_L1, federalStateCode(*state));
    }
    if (service.availabilityTarget) {
        value(2, "availability_target"_L1,
            QString::number(*service.availabilityTarget, 'f', QLocale::FloatingPointShortest));
    }
    if (!service.maintenance.isEmpty()) {
        line(2, u"maintenance:"_s);
        for (const MaintenanceWindow &maintenance : service.maintenance)
            window(maintenance, hours.timeZone());
    }
}

void Writer::window(const MaintenanceWindow &window, const QTimeZone &serviceZone)
{
    const QVariantMap fields = MaintenanceWindowFormat::toFields(window);
    // Numbers plain; dates and times quoted, so that no YAML 1.1 reader takes them for timestamps.
    static const QSet<QString> numbers {u"duration"_s, u"every"_s, u"day"_s, u"count"_s};
    static const QSet<QString> dates {u"start"_s, u"until"_s};
    bool first = true;
    for (QLatin1StringView key : MaintenanceWindowFormat::keys()) {
        if (!fields.contains(key))
            continue;
        if (key == "timezone"_L1 && window.timeZone() == serviceZone)
            continue;
        const QVariant field = fields.value(key);
        QString text;
        if (field.typeId() == QMetaType::QStringList)
            text = flowList(field.toStringList());
        else if (numbers.contains(key))
            text = field.toString();
        else if (dates.contains(key))
            text = doubleQuoted(field.toString());
        else
            text = string(field.toString());
        line(first ? 3 : 4, (first ? u"- "_s : QString()) + key + u": "_s + text);
        first = false;
    }
}

} // namespace

CatalogFile::Result CatalogFile::parse(const QByteArray &yaml, const QString &fileName)
{
    return Parser(fileName).run(yaml);
}

CatalogFile::Result CatalogFile::read(const QString &path)
{
    const auto contents = YamlFileReader::readFile(path);
    if (!contents)
        return std::unexpected(contents.error());
    return parse(*contents, path);
}

QByteArray CatalogFile::write(const ServiceCatalog &catalog)
{
    ServiceCatalog ordered = catalog;
    ordered.sortByName();
    Writer writer;
    writer.line(0, u"# Leitstand service catalog. The format is described in docs/catalog-file.md;"_s);
    writer.line(0, u"# values equal to their defaults are left out."_s);
    writer.value(0, "version"_L1, QString::number(currentVersion));
    if (ordered.teams.isEmpty()) {
        writer.line(0, u"teams: []"_s);
    } else {
        writer.line(0, u"teams:"_s);
        for (const Team &team : std::as_const(ordered.teams))
            writer.team(team);
    }
    if (ordered.services.isEmpty()) {
        writer.line(0, u"services: []"_s);
    } else {
        writer.line(0, u"services:"_s);
        for (const ServiceDefinition &service : std::as_const(ordered.services))
            writer.service(service);
    }
    return writer.finish();
}

bool CatalogFile::writeFile(const QString &path, const ServiceCatalog &catalog, QString *error)
{
    return YamlFileWriter::save(path, write(catalog), error);
}

} // namespace Leitstand
