<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CatalogCommand</name>
        <message>
            <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
            <translation>%1 added, %2 changed, %3 removed, %4 unchanged</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) in %1; nothing was imported</source>
            <translation>
                <numerusform>%n problem in %1; nothing was imported</numerusform>
                <numerusform>%n problems in %1; nothing was imported</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: teams: %2; services: %3</source>
            <translation>%1: teams: %2; services: %3</translation>
        </message>
        <message>
            <source>A dry run: nothing was changed.</source>
            <translation>A dry run: nothing was changed.</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>cannot write %1: %2</translation>
        </message>
        <message>
            <source>%1: %2 and %3 written</source>
            <translation>%1: %2 and %3 written</translation>
        </message>
        <message numerus="yes">
            <source>%n team(s)</source>
            <translation>
                <numerusform>%n team</numerusform>
                <numerusform>%n teams</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n service(s)</source>
            <translation>
                <numerusform>%n service</numerusform>
                <numerusform>%n services</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage: leitstand catalog import|export FILE [options]
Reads or writes the service catalog file (docs/catalog-file.md); see leitstand catalog import --help.</source>
            <translation>Usage: leitstand catalog import|export FILE [options]
Reads or writes the service catalog file (docs/catalog-file.md); see leitstand catalog import --help.</translation>
        </message>
        <message>
            <source>catalog needs import or export; see leitstand catalog --help</source>
            <translation>catalog needs import or export; see leitstand catalog --help</translation>
        </message>
        <message>
            <source>unknown catalog command "%1"; use import or export</source>
            <translation>unknown catalog command "%1"; use import or export</translation>
        </message>
        <message>
            <source>Imports the service catalog from a YAML file (docs/catalog-file.md) into the database: teams and services are matched by name; those not in the file are removed (services that endpoints still use only lose their catalog entries). A file with any problem is refused as a whole.</source>
            <translation>Imports the service catalog from a YAML file (docs/catalog-file.md) into the database: teams and services are matched by name; those not in the file are removed (services that endpoints still use only lose their catalog entries). A file with any problem is refused as a whole.</translation>
        </message>
        <message>
            <source>Writes the database's service catalog to a YAML file that imports back to the same catalog; - writes to standard output.</source>
            <translation>Writes the database's service catalog to a YAML file that imports back to the same catalog; - writes to standard output.</translation>
        </message>
        <message>
            <source>Keep the teams and services that are not in the file instead of removing them.</source>
            <translation>Keep the teams and services that are not in the file instead of removing them.</translation>
        </message>
        <message>
            <source>Check the file and say what the import would change, without changing it.</source>
            <translation>Check the file and say what the import would change, without changing it.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>The catalog file.</source>
            <translation>The catalog file.</translation>
        </message>
        <message>
            <source>catalog %1 needs exactly one FILE; see leitstand catalog %1 --help</source>
            <translation>catalog %1 needs exactly one FILE; see leitstand catalog %1 --help</translation>
        </message>
    </context>
    <context>
        <name>DatabaseCommand</name>
        <message>
            <source>Usage: leitstand database roles --database URL [options]
Sets up the roles of team mode on a shared PostgreSQL database (docs/team-mode.md); see leitstand database roles --help.</source>
            <translation>Usage: leitstand database roles --database URL [options]
Sets up the roles of team mode on a shared PostgreSQL database (docs/team-mode.md); see leitstand database roles --help.</translation>
        </message>
        <message>
            <source>database needs roles; see leitstand database --help</source>
            <translation>database needs roles; see leitstand database --help</translation>
        </message>
        <message>
            <source>unknown database command "%1"; use roles</source>
            <translation>unknown database command "%1"; use roles</translation>
        </message>
        <message>
            <source>Sets up the roles of team mode on a shared PostgreSQL database: creates the group roles PREFIX_poller, PREFIX_operator, PREFIX_publisher and PREFIX_administrator where they are missing (they cannot log in) and grants each exactly what it needs on Leitstand's tables, revoking whatever else they held there, so that running it again changes nothing. Run it as the owner of the tables or as a superuser, with the right to create roles, after every upgrade of Leitstand too. It does not make anyone a member: grant each user the role of their work, e.g. with GRANT %1 TO anna; (see docs/team-mode.md).</source>
            <translation>Sets up the roles of team mode on a shared PostgreSQL database: creates the group roles PREFIX_poller, PREFIX_operator, PREFIX_publisher and PREFIX_administrator where they are missing (they cannot log in) and grants each exactly what it needs on Leitstand's tables, revoking whatever else they held there, so that running it again changes nothing. Run it as the owner of the tables or as a superuser, with the right to create roles, after every upgrade of Leitstand too. It does not make anyone a member: grant each user the role of their work, e.g. with GRANT %1 TO anna; (see docs/team-mode.md).</translation>
        </message>
        <message>
            <source>The start of the role names (default: %1).</source>
            <translation>The start of the role names (default: %1).</translation>
        </message>
        <message>
            <source>prefix</source>
            <translation>prefix</translation>
        </message>
        <message>
            <source>unexpected argument "%1"; see leitstand database roles --help</source>
            <translation>unexpected argument "%1"; see leitstand database roles --help</translation>
        </message>
        <message>
            <source>database roles needs --database postgresql://USER@HOST:PORT/DATABASE</source>
            <translation>database roles needs --database postgresql://USER@HOST:PORT/DATABASE</translation>
        </message>
        <message>
            <source>roles exist only on a shared PostgreSQL database, not in an SQLite file; see docs/team-mode.md</source>
            <translation>roles exist only on a shared PostgreSQL database, not in an SQLite file; see docs/team-mode.md</translation>
        </message>
        <message>
            <source>%1: created</source>
            <translation>%1: created</translation>
        </message>
        <message>
            <source>%1: already there</source>
            <translation>%1: already there</translation>
        </message>
        <message>
            <source>The roles hold exactly their privileges on %1.</source>
            <translation>The roles hold exactly their privileges on %1.</translation>
        </message>
        <message>
            <source>Make users members of the role of their work, e.g.: GRANT %1 TO anna;</source>
            <translation>Make users members of the role of their work, e.g.: GRANT %1 TO anna;</translation>
        </message>
    </context>
    <context>
        <name>EndpointCommand</name>
        <message numerus="yes">
            <source>%n problem(s) in %1; nothing was imported</source>
            <translation>
                <numerusform>%n problem in %1; nothing was imported</numerusform>
                <numerusform>%n problems in %1; nothing was imported</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2 added, %3 changed, %4 removed, %5 unchanged</source>
            <translation>%1: %2 added, %3 changed, %4 removed, %5 unchanged</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n endpoint(s) written</source>
            <translation>
                <numerusform>%1: %n endpoint written</numerusform>
                <numerusform>%1: %n endpoints written</numerusform>
            </translation>
        </message>
        <message>
            <source>Imports endpoint definitions from a YAML file (docs/endpoint-file.md) into the database. Endpoints are matched by service and name; a file with any problem is refused as a whole.</source>
            <translation>Imports endpoint definitions from a YAML file (docs/endpoint-file.md) into the database. Endpoints are matched by service and name; a file with any problem is refused as a whole.</translation>
        </message>
        <message>
            <source>Writes the database's endpoint definitions to a YAML file that imports back to the same definitions; - writes to standard output.</source>
            <translation>Writes the database's endpoint definitions to a YAML file that imports back to the same definitions; - writes to standard output.</translation>
        </message>
        <message>
            <source>Also remove the endpoints that are not in the file, with their history.</source>
            <translation>Also remove the endpoints that are not in the file, with their history.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>The endpoint file.</source>
            <translation>The endpoint file.</translation>
        </message>
        <message>
            <source>%1 needs exactly one FILE; see leitstand %1 --help</source>
            <translation>%1 needs exactly one FILE; see leitstand %1 --help</translation>
        </message>
    </context>
    <context>
        <name>FeedCommand</name>
        <message>
            <source>not needed</source>
            <translation>not needed</translation>
        </message>
        <message>
            <source>cannot be read: %1</source>
            <translation>cannot be read: %1</translation>
        </message>
        <message>
            <source>not stored; store it with leitstand secret set %1</source>
            <translation>not stored; store it with leitstand secret set %1</translation>
        </message>
        <message>
            <source>stored in the secret store under %1</source>
            <translation>stored in the secret store under %1</translation>
        </message>
        <message>
            <source>No feed server is configured; set one up with leitstand feed configure --url URL.</source>
            <translation>No feed server is configured; set one up with leitstand feed configure --url URL.</translation>
        </message>
        <message>
            <source>%1, user %2</source>
            <translation>%1, user %2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Feed server:</source>
            <translation>Feed server:</translation>
        </message>
        <message>
            <source>Authentication:</source>
            <translation>Authentication:</translation>
        </message>
        <message>
            <source>Password or token:</source>
            <translation>Password or token:</translation>
        </message>
        <message>
            <source>Certificate authorities:</source>
            <translation>Certificate authorities:</translation>
        </message>
        <message>
            <source>the system's</source>
            <translation>the system's</translation>
        </message>
        <message>
            <source>the system's and those in %1</source>
            <translation>the system's and those in %1</translation>
        </message>
        <message>
            <source>Portal page:</source>
            <translation>Portal page:</translation>
        </message>
        <message>
            <source>Publisher:</source>
            <translation>Publisher:</translation>
        </message>
        <message>
            <source>Settings file:</source>
            <translation>Settings file:</translation>
        </message>
        <message>
            <source>Problem: %1</source>
            <translation>Problem: %1</translation>
        </message>
        <message>
            <source>The WebDAV folder the feeds are published to; https://, ending in a slash.</source>
            <translation>The WebDAV folder the feeds are published to; https://, ending in a slash.</translation>
        </message>
        <message>
            <source>url</source>
            <translation>url</translation>
        </message>
        <message>
            <source>How Leitstand signs in: none, basic (the default) or bearer.</source>
            <translation>How Leitstand signs in: none, basic (the default) or bearer.</translation>
        </message>
        <message>
            <source>method</source>
            <translation>method</translation>
        </message>
        <message>
            <source>The user name for basic authentication.</source>
            <translation>The user name for basic authentication.</translation>
        </message>
        <message>
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <source>A PEM file of certificate authorities to trust besides the system's, for a server with an authority of its own.</source>
            <translation>A PEM file of certificate authorities to trust besides the system's, for a server with an authority of its own.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>file</translation>
        </message>
        <message>
            <source>A page that shows the notices, linked from every entry of the Atom feeds.</source>
            <translation>A page that shows the notices, linked from every entry of the Atom feeds.</translation>
        </message>
        <message>
            <source>Who publishes the notices, as the Atom feeds name the author.</source>
            <translation>Who publishes the notices, as the Atom feeds name the author.</translation>
        </message>
        <message>
            <source>text</source>
            <translation>text</translation>
        </message>
        <message>
            <source>Remove the feed server: nothing is published any more.</source>
            <translation>Remove the feed server: nothing is published any more.</translation>
        </message>
        <message>
            <source>--none takes no other options</source>
            <translation>--none takes no other options</translation>
        </message>
        <message>
            <source>No feed server is configured any more; notices are not published.</source>
            <translation>No feed server is configured any more; notices are not published.</translation>
        </message>
        <message>
            <source>feed configure needs --url URL, or --none to remove the feed server</source>
            <translation>feed configure needs --url URL, or --none to remove the feed server</translation>
        </message>
        <message>
            <source>unknown authentication "%1"; use none, basic or bearer</source>
            <translation>unknown authentication "%1"; use none, basic or bearer</translation>
        </message>
        <message>
            <source>--user is only for basic authentication</source>
            <translation>--user is only for basic authentication</translation>
        </message>
        <message>
            <source>the feed server was not changed</source>
            <translation>the feed server was not changed</translation>
        </message>
        <message>
            <source>Notices are published to %1.</source>
            <translation>Notices are published to %1.</translation>
        </message>
        <message>
            <source>Store its password or token with: leitstand secret set %1</source>
            <translation>Store its password or token with: leitstand secret set %1</translation>
        </message>
        <message>
            <source>Usage: leitstand feed configure|show [options]
Sets up or shows where the status feed is published (docs/status-feed.md); see leitstand feed configure --help.</source>
            <translation>Usage: leitstand feed configure|show [options]
Sets up or shows where the status feed is published (docs/status-feed.md); see leitstand feed configure --help.</translation>
        </message>
        <message>
            <source>feed needs configure or show; see leitstand feed --help</source>
            <translation>feed needs configure or show; see leitstand feed --help</translation>
        </message>
        <message>
            <source>unknown feed command "%1"; use configure or show</source>
            <translation>unknown feed command "%1"; use configure or show</translation>
        </message>
        <message>
            <source>Sets up the server the status feed is published to, in the settings file; the options given replace the whole previous set-up. The password or token is stored apart, with leitstand secret set %1.</source>
            <translation>Sets up the server the status feed is published to, in the settings file; the options given replace the whole previous set-up. The password or token is stored apart, with leitstand secret set %1.</translation>
        </message>
        <message>
            <source>Shows where the status feed is published, and whether its password or token is stored (never the secret itself).</source>
            <translation>Shows where the status feed is published, and whether its password or token is stored (never the secret itself).</translation>
        </message>
        <message>
            <source>unexpected argument "%1"; see leitstand feed %2 --help</source>
            <translation>unexpected argument "%1"; see leitstand feed %2 --help</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::AboutDialog</name>
        <message>
            <source>About Leitstand</source>
            <translation>About Leitstand</translation>
        </message>
        <message>
            <source>Monitors public digital services, keeps track of incidents and publishes outage notices in German and English.</source>
            <translation>Monitors public digital services, keeps track of incidents and publishes outage notices in German and English.</translation>
        </message>
        <message>
            <source>Free software under the &lt;a href="%1"&gt;GNU General Public License, version 3 or later&lt;/a&gt; (%2).</source>
            <translation>Free software under the &lt;a href="%1"&gt;GNU General Public License, version 3 or later&lt;/a&gt; (%2).</translation>
        </message>
        <message>
            <source>Built with Qt %1 and KDE Frameworks %2; running on Qt %3.</source>
            <translation>Built with Qt %1 and KDE Frameworks %2; running on Qt %3.</translation>
        </message>
        <message>
            <source>Name and version</source>
            <translation>Name and version</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>Components</source>
            <translation>Components</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::AlertBatcher</name>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 and %n more</numerusform>
                <numerusform>%1 and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n endpoint(s) down</source>
            <translation>
                <numerusform>%n endpoint down</numerusform>
                <numerusform>%n endpoints down</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n endpoint(s) recovered</source>
            <translation>
                <numerusform>%n endpoint recovered</numerusform>
                <numerusform>%n endpoints recovered</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 down, %2 recovered</source>
            <comment>alert title: down count, recovered count</comment>
            <translation>%1 down, %2 recovered</translation>
        </message>
        <message>
            <source>Down: %1
Recovered: %2</source>
            <translation>Down: %1
Recovered: %2</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::AvailabilityLegend</name>
        <message>
            <source>Legend</source>
            <translation>Legend</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::CatalogFile</name>
        <message>
            <source>expected a mapping with the keys version, teams and services</source>
            <translation>expected a mapping with the keys version, teams and services</translation>
        </message>
        <message>
            <source>expected a list of teams</source>
            <translation>expected a list of teams</translation>
        </message>
        <message>
            <source>the team "%1" is already defined at line %2</source>
            <translation>the team "%1" is already defined at line %2</translation>
        </message>
        <message>
            <source>expected a list of services</source>
            <translation>expected a list of services</translation>
        </message>
        <message>
            <source>the service "%1" is already defined at line %2</source>
            <translation>the service "%1" is already defined at line %2</translation>
        </message>
        <message>
            <source>expected an e-mail address such as erika@example.org, not "%1"</source>
            <translation>expected an e-mail address such as erika@example.org, not "%1"</translation>
        </message>
        <message>
            <source>expected a phone number of digits, spaces and + ( ) / - such as +49 30 1234-567, not "%1"</source>
            <translation>expected a phone number of digits, spaces and + ( ) / - such as +49 30 1234-567, not "%1"</translation>
        </message>
        <message>
            <source>expected a list of team members</source>
            <translation>expected a list of team members</translation>
        </message>
        <message>
            <source>secrets do not belong in the catalog file; store the token with "leitstand secret set" under the key %1</source>
            <translation>secrets do not belong in the catalog file; store the token with "leitstand secret set" under the key %1</translation>
        </message>
        <message>
            <source>applies only to kind %1</source>
            <translation>applies only to kind %1</translation>
        </message>
        <message>
            <source>expected a list of contacts</source>
            <translation>expected a list of contacts</translation>
        </message>
        <message>
            <source>expected a list of prerequisites</source>
            <translation>expected a list of prerequisites</translation>
        </message>
        <message>
            <source>expected a list of service names</source>
            <translation>expected a list of service names</translation>
        </message>
        <message>
            <source>"%1" is listed twice</source>
            <translation>"%1" is listed twice</translation>
        </message>
        <message>
            <source>expected a list of maintenance windows</source>
            <translation>expected a list of maintenance windows</translation>
        </message>
        <message>
            <source>a contact on call needs a phone number</source>
            <translation>a contact on call needs a phone number</translation>
        </message>
        <message>
            <source>unknown time zone "%1"; expected an IANA name such as Europe/Berlin</source>
            <translation>unknown time zone "%1"; expected an IANA name such as Europe/Berlin</translation>
        </message>
        <message>
            <source>unknown federal state "%1"; expected one of %2</source>
            <translation>unknown federal state "%1"; expected one of %2</translation>
        </message>
        <message>
            <source>expected a percentage above 0 and at most 100 such as 99.5, not "%1"</source>
            <translation>expected a percentage above 0 and at most 100 such as 99.5, not "%1"</translation>
        </message>
        <message>
            <source>expected a single value or a list, not a mapping</source>
            <translation>expected a single value or a list, not a mapping</translation>
        </message>
        <message>
            <source>there is no team "%1" in this file</source>
            <translation>there is no team "%1" in this file</translation>
        </message>
        <message>
            <source>a service cannot depend on itself</source>
            <translation>a service cannot depend on itself</translation>
        </message>
        <message>
            <source>there is no service "%1" in this file; list it under services, if need be with its name only</source>
            <translation>there is no service "%1" in this file; list it under services, if need be with its name only</translation>
        </message>
        <message>
            <source>the dependencies form a cycle: %1</source>
            <translation>the dependencies form a cycle: %1</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::CatalogHtml</name>
        <message>
            <source>no other service</source>
            <translation>no other service</translation>
        </message>
        <message>
            <source>%1 (not in the catalog)</source>
            <translation>%1 (not in the catalog)</translation>
        </message>
        <message>
            <source>Nobody is responsible for this service.</source>
            <translation>Nobody is responsible for this service.</translation>
        </message>
        <message>
            <source>%1 (not described in the catalog)</source>
            <translation>%1 (not described in the catalog)</translation>
        </message>
        <message>
            <source>%1, not notified of incidents</source>
            <translation>%1, not notified of incidents</translation>
        </message>
        <message>
            <source>%1, notified by %2</source>
            <comment>team, channel kind</comment>
            <translation>%1, notified by %2</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>No description.</source>
            <translation>No description.</translation>
        </message>
        <message>
            <source>%1, phone %2</source>
            <comment>on-call contact: name, phone</comment>
            <translation>%1, phone %2</translation>
        </message>
        <message>
            <source>Responsible team</source>
            <translation>Responsible team</translation>
        </message>
        <message>
            <source>On call</source>
            <translation>On call</translation>
        </message>
        <message>
            <source>Nobody is on call.</source>
            <translation>Nobody is on call.</translation>
        </message>
        <message>
            <source>Service hours</source>
            <translation>Service hours</translation>
        </message>
        <message>
            <source>Availability target</source>
            <translation>Availability target</translation>
        </message>
        <message>
            <source>none set</source>
            <translation>none set</translation>
        </message>
        <message>
            <source>%1 of the service hours</source>
            <translation>%1 of the service hours</translation>
        </message>
        <message>
            <source>Depends on</source>
            <translation>Depends on</translation>
        </message>
        <message>
            <source>Needed by</source>
            <translation>Needed by</translation>
        </message>
        <message>
            <source>Measured by</source>
            <translation>Measured by</translation>
        </message>
        <message>
            <source>no endpoint yet</source>
            <translation>no endpoint yet</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>No contacts are named.</source>
            <translation>No contacts are named.</translation>
        </message>
        <message>
            <source>on call</source>
            <translation>on call</translation>
        </message>
        <message>
            <source>Members of %1</source>
            <translation>Members of %1</translation>
        </message>
        <message>
            <source>Technical prerequisites</source>
            <translation>Technical prerequisites</translation>
        </message>
        <message>
            <source>None described.</source>
            <translation>None described.</translation>
        </message>
        <message>
            <source>Maintenance windows</source>
            <translation>Maintenance windows</translation>
        </message>
        <message>
            <source>None planned.</source>
            <translation>None planned.</translation>
        </message>
        <message>
            <source>Maintenance</source>
            <translation>Maintenance</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nobody</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Responsible for</source>
            <translation>Responsible for</translation>
        </message>
        <message>
            <source>no service</source>
            <translation>no service</translation>
        </message>
        <message>
            <source>Notified by</source>
            <translation>Notified by</translation>
        </message>
        <message>
            <source>No members are named.</source>
            <translation>No members are named.</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::CatalogOverview</name>
        <message>
            <source>Select a service to see who is responsible for it and what it depends on.</source>
            <translation>Select a service to see who is responsible for it and what it depends on.</translation>
        </message>
        <message>
            <source>service-catalog</source>
            <comment>file name</comment>
            <translation>service-catalog</translation>
        </message>
        <message>
            <source>Export Service Catalog as PDF</source>
            <translation>Export Service Catalog as PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf);;All files (*)</source>
            <translation>PDF documents (*.pdf);;All files (*)</translation>
        </message>
        <message>
            <source>Export as &amp;PDF…</source>
            <translation>Export as &amp;PDF…</translation>
        </message>
        <message numerus="yes">
            <source>Saved the service catalog to %1 (%n page(s)).</source>
            <translation>
                <numerusform>Saved the service catalog to %1 (%n page).</numerusform>
                <numerusform>Saved the service catalog to %1 (%n pages).</numerusform>
            </translation>
        </message>
        <message>
            <source>Export as PDF</source>
            <translation>Export as PDF</translation>
        </message>
        <message>
            <source>The service catalog could not be saved.</source>
            <translation>The service catalog could not be saved.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>Writing the service catalog to %1…</source>
            <translation>Writing the service catalog to %1…</translation>
        </message>
        <message>
            <source>Service Catalog</source>
            <translation>Service Catalog</translation>
        </message>
        <message>
            <source>Filter by service, team, person, prerequisite or endpoint</source>
            <translation>Filter by service, team, person, prerequisite or endpoint</translation>
        </message>
        <message>
            <source>Filter services</source>
            <translation>Filter services</translation>
        </message>
        <message>
            <source>Save the catalog as a printable PDF: who is responsible for what, whom to call, dependencies, service hours and maintenance windows</source>
            <translation>Save the catalog as a printable PDF: who is responsible for what, whom to call, dependencies, service hours and maintenance windows</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>Service details</source>
            <translation>Service details</translation>
        </message>
        <message>
            <source>No services are described yet.</source>
            <translation>No services are described yet.</translation>
        </message>
        <message>
            <source>Describe your services in a catalog file: who is responsible for each one, whom to call, what it needs and depends on, its service hours and maintenance windows. Then import the file:</source>
            <translation>Describe your services in a catalog file: who is responsible for each one, whom to call, what it needs and depends on, its service hours and maintenance windows. Then import the file:</translation>
        </message>
        <message>
            <source>FILE</source>
            <comment>command line placeholder</comment>
            <translation>FILE</translation>
        </message>
        <message>
            <source>%1 explains the file.</source>
            <translation>%1 explains the file.</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::CatalogPrintout</name>
        <message>
            <source>Service catalog</source>
            <translation>Service catalog</translation>
        </message>
        <message>
            <source>Who is responsible for what</source>
            <translation>Who is responsible for what</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>printout header: title, subtitle</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Generated on %1</source>
            <translation>Generated on %1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 of %2</translation>
        </message>
        <message>
            <source>As of %1: %2 and %3.</source>
            <comment>as of date: services, teams</comment>
            <translation>As of %1: %2 and %3.</translation>
        </message>
        <message numerus="yes">
            <source>%n service(s)</source>
            <translation>
                <numerusform>%n service</numerusform>
                <numerusform>%n services</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n team(s)</source>
            <translation>
                <numerusform>%n team</numerusform>
                <numerusform>%n teams</numerusform>
            </translation>
        </message>
        <message>
            <source>For every service: the team responsible for it, whom to call when it is disrupted, what it needs and what depends on it, when it must be available and when it is maintained. Times are local time unless a time zone is named.</source>
            <translation>For every service: the team responsible for it, whom to call when it is disrupted, what it needs and what depends on it, when it must be available and when it is maintained. Times are local time unless a time zone is named.</translation>
        </message>
        <message>
            <source>No services are described.</source>
            <translation>No services are described.</translation>
        </message>
        <message>
            <source>Dependencies</source>
            <translation>Dependencies</translation>
        </message>
        <message>
            <source>When a service fails, the services that need it are disrupted too.</source>
            <translation>When a service fails, the services that need it are disrupted too.</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Teams</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation>Cannot write %1</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::CatalogRepository</name>
        <message>
            <source>Cannot read the service catalog: %1</source>
            <translation>Cannot read the service catalog: %1</translation>
        </message>
        <message>
            <source>unknown federal state %1</source>
            <translation>unknown federal state %1</translation>
        </message>
        <message>
            <source>Cannot read the maintenance windows: %1</source>
            <translation>Cannot read the maintenance windows: %1</translation>
        </message>
        <message>
            <source>Maintenance window %1 in the database cannot be read: %2</source>
            <translation>Maintenance window %1 in the database cannot be read: %2</translation>
        </message>
        <message>
            <source>the channel of the team %1: %2</source>
            <translation>the channel of the team %1: %2</translation>
        </message>
        <message>
            <source>the settings of the service %1: %2</source>
            <translation>the settings of the service %1: %2</translation>
        </message>
        <message>
            <source>the team name "%1" is empty or given twice</source>
            <translation>the team name "%1" is empty or given twice</translation>
        </message>
        <message>
            <source>the service name "%1" is empty or given twice</source>
            <translation>the service name "%1" is empty or given twice</translation>
        </message>
        <message>
            <source>the service %1 names the unknown team %2</source>
            <translation>the service %1 names the unknown team %2</translation>
        </message>
        <message>
            <source>the service %1 depends on the unknown service %2</source>
            <translation>the service %1 depends on the unknown service %2</translation>
        </message>
        <message>
            <source>Cannot import the service catalog: %1</source>
            <translation>Cannot import the service catalog: %1</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::CatalogText</name>
        <message>
            <source>%1–%2</source>
            <comment>time range: start, end</comment>
            <translation>%1–%2</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <comment>weekday range: first, last</comment>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>once on %1</source>
            <translation>once on %1</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>daily</translation>
        </message>
        <message numerus="yes">
            <source>every %n day(s)</source>
            <translation>
                <numerusform>every day</numerusform>
                <numerusform>every %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>weekly on %1</source>
            <translation>weekly on %1</translation>
        </message>
        <message numerus="yes">
            <source>every %n week(s) on %1</source>
            <translation>
                <numerusform>every week on %1</numerusform>
                <numerusform>every %n weeks on %1</numerusform>
            </translation>
        </message>
        <message>
            <source>on day %1 or the last day of shorter months</source>
            <translation>on day %1 or the last day of shorter months</translation>
        </message>
        <message>
            <source>on day %1</source>
            <comment>day of the month</comment>
            <translation>on day %1</translation>
        </message>
        <message>
            <source>on the first %1</source>
            <comment>weekday of the month</comment>
            <translation>on the first %1</translation>
        </message>
        <message>
            <source>on the second %1</source>
            <comment>weekday of the month</comment>
            <translation>on the second %1</translation>
        </message>
        <message>
            <source>on the third %1</source>
            <comment>weekday of the month</comment>
            <translation>on the third %1</translation>
        </message>
        <message>
            <source>on the fourth %1</source>
            <comment>weekday of the month</comment>
            <translation>on the fourth %1</translation>
        </message>
        <message>
            <source>on the last %1</source>
            <comment>weekday of the month</comment>
            <translation>on the last %1</translation>
        </message>
        <message>
            <source>monthly %1</source>
            <comment>monthly on which day</comment>
            <translation>monthly %1</translation>
        </message>
        <message numerus="yes">
            <source>every %n month(s) %1</source>
            <comment>every N months on which day</comment>
            <translation>
                <numerusform>every month %1</numerusform>
                <numerusform>every %n months %1</numerusform>
            </translation>
        </message>
        <message>
            <source>around the clock</source>
            <translation>around the clock</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>weekdays, times of day</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>service hours (time zone)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>service hours, holidays</comment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>closed on public holidays in %1</source>
            <translation>closed on public holidays in %1</translation>
        </message>
        <message>
            <source>%1 %</source>
            <comment>availability target in percent</comment>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>no channel</source>
            <translation>no channel</translation>
        </message>
        <message>
            <source>webhook</source>
            <translation>webhook</translation>
        </message>
        <message>
            <source>Matrix room</source>
            <translation>Matrix room</translation>
        </message>
        <message>
            <source>not usable: %1</source>
            <translation>not usable: %1</translation>
        </message>
        <message>
            <source>%1 for %2</source>
            <comment>start time for a duration</comment>
            <translation>%1 for %2</translation>
        </message>
        <message>
            <source>%1, %2 (%3)</source>
            <comment>recurrence, times (time zone)</comment>
            <translation>%1, %2 (%3)</translation>
        </message>
        <message>
            <source>%1, until %2</source>
            <comment>maintenance window, last day</comment>
            <translation>%1, until %2</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n time(s) in all</source>
            <comment>maintenance window, count</comment>
            <translation>
                <numerusform>%1, %n time in all</numerusform>
                <numerusform>%1, %n times in all</numerusform>
            </translation>
        </message>
        <message>
            <source>no further occurrences</source>
            <translation>no further occurrences</translation>
        </message>
        <message>
            <source>under way until %1</source>
            <translation>under way until %1</translation>
        </message>
        <message>
            <source>next on %1</source>
            <translation>next on %1</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <comment>date at time</comment>
            <translation>%1 at %2</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Leitstand::ChartDataWorker</name>
        <message>
            <source>There is no endpoint with id %1.</source>
            <translation>There is no endpoint with id %1.</translation>
        </message>
        <message>
            <source>Cannot load the chart: %1</source>
            <translation>Cannot load the chart: %1</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::ChartPanel</name>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>No data in this range</source>
            <translation>No data in this range</translation>
        </message>
        <message>
            <source>1 h</source>
            <translation>1 h</translation>
        </message>
        <message>
            <source>24 h</source>
            <translation>24 h</translation>
        </message>
        <message>
            <source>7 d</source>
            <translation>7 d</translation>
        </message>
        <message>
            <source>30 d</source>
            <translation>30 d</translation>
        </message>
        <message>
            <source>90 d</source>
            <translation>90 d</translation>
        </message>
        <message>
            <source>Custom…</source>
            <translation>Custom…</translation>
        </message>
        <message>
            <source>Last hour</source>
            <translation>Last hour</translation>
        </message>
        <message>
            <source>Last 24 hours</source>
            <translation>Last 24 hours</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Last 7 days</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Last 30 days</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>Last 90 days</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>Custom range</translation>
        </message>
        <message>
            <source>Choose the start and end of the range</source>
            <translation>Choose the start and end of the range</translation>
        </message>
        <message>
            <source>Reset zoom</source>
            <translation>Reset zoom</translation>
        </message>
        <message>
            <source>Back to the chosen range. On the charts, scroll to zoom, drag to move, and drag with Shift or the right mouse button to zoom to a span.</source>
            <translation>Back to the chosen range. On the charts, scroll to zoom, drag to move, and drag with Shift or the right mouse button to zoom to a span.</translation>
        </message>
        <message>
            <source>Chart status</source>
            <translation>Chart status</translation>
        </message>
        <message>
            <source>Endpoint</source>
            <translation>Endpoint</translation>
        </message>
        <message>
            <source>&amp;Response time</source>
            <translation>&amp;Response time</translation>
        </message>
        <message>
            <source>&amp;Availability</source>
            <translation>&amp;Availability</translation>
        </message>
        <message>
            <source>Response time of %1</source>
            <translation>Response time of %1</translation>
        </message>
        <message>
            <source>Response time</source>
            <translation>Response time</translation>
        </message>
        <message>
            <source>Availability of %1</source>
            <translation>Availability of %1</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Availability</translation>
        </message>
        <message>
            <source>Select an endpoint to see its response time and availability.</source>
            <translation>Select an endpoint to see its response time and availability.</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Charts</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::ChartText</name>
        <message>
            <source>%1 – %2</source>
            <comment>time span</comment>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>%1 d %2 h</source>
            <comment>duration</comment>
            <translation>%1 d %2 h</translation>
        </message>
        <message>
            <source>%1 d</source>
            <comment>duration</comment>
            <translation>%1 d</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <comment>duration</comment>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>%1 h</source>
            <comment>duration</comment>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>%1 min %2 s</source>
            <comment>duration</comment>
            <translation>%1 min %2 s</translation>
        </message>
        <message>
            <source>%1 min</source>
            <comment>duration</comment>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 s</source>
            <comment>duration</comment>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 %</source>
            <comment>axis label in percent</comment>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Mean: %1</source>
            <translation>Mean: %1</translation>
        </message>
        <message>
            <source>Minimum: %1</source>
            <translation>Minimum: %1</translation>
        </message>
        <message>
            <source>Maximum: %1</source>
            <translation>Maximum: %1</translation>
        </message>
        <message>
            <source>95th percentile: %1</source>
            <translation>95th percentile: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n answered check(s)</source>
            <translation>
                <numerusform>%n answered check</numerusform>
                <numerusform>%n answered checks</numerusform>
            </translation>
        </message>
        <message>
            <source>No answered checks in this range.</source>
            <translation>No answered checks in this range.</translation>
        </message>
        <message>
            <source>Mean response time %1, highest %2.</source>
            <translation>Mean response time %1, highest %2.</translation>
        </message>
        <message>
            <source>Availability: %1</source>
            <translation>Availability: %1</translation>
        </message>
        <message>
            <source>Availability: nothing measured</source>
            <translation>Availability: nothing measured</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>state: duration</comment>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::CheckError</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Unexpected HTTP status</source>
            <translation>Unexpected HTTP status</translation>
        </message>
        <message>
            <source>Response content did not match</source>
            <translation>Response content did not match</translation>
        </message>
        <message>
            <source>No answer within the timeout</source>
            <translation>No answer within the timeout</translation>
        </message>
        <message>
            <source>Connection refused</source>
            <translation>Connection refused</translation>
        </message>
        <message>
            <source>Name could not be resolved</source>
            <translation>Name could not be resolved</translation>
        </message>
        <message>
            <source>TLS error</source>
            <translation>TLS error</translation>
        </message>
        <message>
            <source>Too many redirects</source>
            <translation>Too many redirects</translation>
        </message>
        <message>
            <source>Response body too large</source>
            <translation>Response body too large</translation>
        </message>
        <message>
            <source>Connection reset by the server</source>
            <translation>Connection reset by the server</translation>
        </message>
        <message>
            <source>Slower than the latency threshold</source>
            <translation>Slower than the latency threshold</translation>
        </message>
        <message>
            <source>Certificate expires soon</source>
            <translation>Certificate expires soon</translation>
        </message>
        <message>
            <source>Host unreachable</source>
            <translation>Host unreachable</translation>
        </message>
        <message>
            <source>Invalid answer from the server</source>
            <translation>Invalid answer from the server</translation>
        </message>
        <message>
            <source>Network error</source>
            <translation>Network error</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::Console</name>
        <message>
            <source>Run&amp;book</source>
            <translation>Run&amp;book</translation>
        </message>
        <message>
            <source>Publishing the status feed failed: %1</source>
            <translation>Publishing the status feed failed: %1</translation>
        </message>
        <message>
            <source>&amp;Feed Server…</source>
            <translation>&amp;Feed Server…</translation>
        </message>
        <message>
            <source>Where outage notices are published, and how to log in</source>
            <translation>Where outage notices are published, and how to log in</translation>
        </message>
        <message>
            <source>The database cannot be reached: %1</source>
            <translation>The database cannot be reached: %1</translation>
        </message>
        <message>
            <source>Checking %1 from this workstation; the pollers' next result replaces what it finds.</source>
            <translation>Checking %1 from this workstation; the pollers' next result replaces what it finds.</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::CustomRangeDialog</name>
        <message>
            <source>The start must come before the end.</source>
            <translation>The start must come before the end.</translation>
        </message>
        <message>
            <source>The end must not lie in the future.</source>
            <translation>The end must not lie in the future.</translation>
        </message>
        <message>
            <source>The range must be at least a minute long.</source>
            <translation>The range must be at least a minute long.</translation>
        </message>
        <message numerus="yes">
            <source>The range must not be longer than %n day(s).</source>
            <translation>
                <numerusform>The range must not be longer than %n day.</numerusform>
                <numerusform>The range must not be longer than %n days.</numerusform>
            </translation>
        </message>
        <message>
            <source>Custom Range</source>
            <translation>Custom Range</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <source>Start of the range</source>
            <translation>Start of the range</translation>
        </message>
        <message>
            <source>End of the range</source>
            <translation>End of the range</translation>
        </message>
        <message>
            <source>Local time (%1)</source>
            <translation>Local time (%1)</translation>
        </message>
        <message>
            <source>Problem with the range</source>
            <translation>Problem with the range</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Show</translation>
        </message>
        <message>
            <source>Show this range</source>
            <translation>Show this range</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::Database</name>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Cannot create the folder %1.</translation>
        </message>
        <message>
            <source>Cannot open the database %1: %2</source>
            <translation>Cannot open the database %1: %2</translation>
        </message>
        <message>
            <source>Cannot set up the database %1: %2</source>
            <translation>Cannot set up the database %1: %2</translation>
        </message>
        <message>
            <source>Cannot read the schema version of %1: %2</source>
            <translation>Cannot read the schema version of %1: %2</translation>
        </message>
        <message>
            <source>Cannot migrate the database %1: %2</source>
            <translation>Cannot migrate the database %1: %2</translation>
        </message>
        <message>
            <source>The database %1 has schema version %2, but this version of Leitstand knows only versions up to %3. Use a newer Leitstand.</source>
            <translation>The database %1 has schema version %2, but this version of Leitstand knows only versions up to %3. Use a newer Leitstand.</translation>
        </message>
        <message>
            <source>Cannot migrate the database %1 to schema version %2: %3</source>
            <translation>Cannot migrate the database %1 to schema version %2: %3</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::DatabaseLocation</name>
        <message>
            <source>No database given.</source>
            <translation>No database given.</translation>
        </message>
        <message>
            <source>%1 is not a valid database URL: %2</source>
            <translation>%1 is not a valid database URL: %2</translation>
        </message>
        <message>
            <source>The database URL %1 names no host.</source>
            <translation>The database URL %1 names no host.</translation>
        </message>
        <message>
            <source>The database URL %1 names no user: write postgresql://USER@%2/…</source>
            <translation>The database URL %1 names no user: write postgresql://USER@%2/…</translation>
        </message>
        <message>
            <source>The database URL %1 names no database: write postgresql://%2@%3/DATABASE</source>
            <translation>The database URL %1 names no database: write postgresql://%2@%3/DATABASE</translation>
        </message>
        <message>
            <source>The database URL must not contain the password. Store it in the keyring with "leitstand secret set %1".</source>
            <translation>The database URL must not contain the password. Store it in the keyring with "leitstand secret set %1".</translation>
        </message>
        <message>
            <source>The schema %1 is not a plain lower-case name.</source>
            <translation>The schema %1 is not a plain lower-case name.</translation>
        </message>
        <message>
            <source>The value of %1 in the database URL contains a space, ';' or a quote.</source>
            <translation>The value of %1 in the database URL contains a space, ';' or a quote.</translation>
        </message>
        <message>
            <source>The database URL has the unknown setting %1. Known: %2, schema.</source>
            <translation>The database URL has the unknown setting %1. Known: %2, schema.</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::DatabasePermissions</name>
        <message>
            <source>Cannot ask the database what you may change: %1</source>
            <translation>Cannot ask the database what you may change: %1</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::DatabaseRoles</name>
        <message>
            <source>The role prefix %1 is not a plain lower-case name (letters a-z, digits and _).</source>
            <translation>The role prefix %1 is not a plain lower-case name (letters a-z, digits and _).</translation>
        </message>
        <message>
            <source>The role prefix %1 is too long: at most %2 characters.</source>
            <translation>The role prefix %1 is too long: at most %2 characters.</translation>
        </message>
        <message>
            <source>Cannot set up the roles: %1</source>
            <translation>Cannot set up the roles: %1</translation>
        </message>
        <message>
            <source>roles exist only on a shared PostgreSQL database, not in an SQLite file</source>
            <translation>roles exist only on a shared PostgreSQL database, not in an SQLite file</translation>
        </message>
        <message>
            <source>the schema %1 of the database %2 does not hold all of Leitstand's tables</source>
            <translation>the schema %1 of the database %2 does not hold all of Leitstand's tables</translation>
        </message>
        <message>
            <source>%1 does not own Leitstand's tables in the schema %2; run this as their owner or as a superuser</source>
            <translation>%1 does not own Leitstand's tables in the schema %2; run this as their owner or as a superuser</translation>
        </message>
        <message>
            <source>%1 may not use the schema %2, and %3 may not allow it; ask its owner for GRANT USAGE ON SCHEMA %2 TO %1</source>
            <translation>%1 may not use the schema %2, and %3 may not allow it; ask its owner for GRANT USAGE ON SCHEMA %2 TO %1</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::DeliveriesPane</name>
        <message>
            <source>No team has been told of this incident: its service has no team, or the team has no notification channel.</source>
            <translation>No team has been told of this incident: its service has no team, or the team has no notification channel.</translation>
        </message>
        <message>
            <source>Team notifications</source>
            <translation>Team notifications</translation>
        </message>
        <message>
            <source>Why the notification was not delivered</source>
            <translation>Why the notification was not delivered</translation>
        </message>
        <message>
            <source>Retry No&amp;w</source>
            <translation>Retry No&amp;w</translation>
        </message>
        <message>
            <source>Try once more to deliver the selected failed notification, now</source>
            <translation>Try once more to deliver the selected failed notification, now</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::DeliveryListModel</name>
        <message>
            <source>next attempt %1</source>
            <comment>delivery: time</comment>
            <translation>next attempt %1</translation>
        </message>
        <message>
            <source>delivered %1</source>
            <comment>delivery: time</comment>
            <translation>delivered %1</translation>
        </message>
        <message>
            <source>last attempt %1</source>
            <comment>delivery: time</comment>
            <translation>last attempt %1</translation>
        </message>
        <message numerus="yes">
            <source>Failed after %n attempt(s): %1</source>
            <translation>
                <numerusform>Failed after %n attempt: %1</numerusform>
                <numerusform>Failed after %n attempts: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Attempt %n failed: %1</source>
            <translation>
                <numerusform>Attempt %n failed: %1</numerusform>
                <numerusform>Attempt %n failed: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Last error</translation>
        </message>
        <message>
            <source>Pending</source>
            <comment>delivery state</comment>
            <translation>Pending</translation>
        </message>
        <message>
            <source>Delivered</source>
            <comment>delivery state</comment>
            <translation>Delivered</translation>
        </message>
        <message>
            <source>Failed</source>
            <comment>delivery state</comment>
            <translation>Failed</translation>
        </message>
        <message>
            <source>Webhook</source>
            <translation>Webhook</translation>
        </message>
        <message>
            <source>Matrix</source>
            <translation>Matrix</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::DeliveryRepository</name>
        <message>
            <source>Cannot store a team notification: %1</source>
            <translation>Cannot store a team notification: %1</translation>
        </message>
        <message>
            <source>Cannot read the team notifications: %1</source>
            <translation>Cannot read the team notifications: %1</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::DetailPane</name>
        <message>
            <source>No endpoint selected</source>
            <translation>No endpoint selected</translation>
        </message>
        <message>
            <source>Select an endpoint in the overview to see its charts, failures and last response.</source>
            <translation>Select an endpoint in the overview to see its charts, failures and last response.</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <comment>detail title: service, endpoint</comment>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>&amp;Check now</source>
            <translation>&amp;Check now</translation>
        </message>
        <message>
            <source>Check this endpoint now instead of waiting for its next turn (F5)</source>
            <translation>Check this endpoint now instead of waiting for its next turn (F5)</translation>
        </message>
        <message>
            <source>Check now</source>
            <translation>Check now</translation>
        </message>
        <message>
            <source>Endpoint</source>
            <translation>Endpoint</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Endpoint details</source>
            <translation>Endpoint details</translation>
        </message>
        <message>
            <source>Recent failures</source>
            <translation>Recent failures</translation>
        </message>
        <message>
            <source>Char&amp;ts</source>
            <translation>Char&amp;ts</translation>
        </message>
        <message>
            <source>Recent fai&amp;lures</source>
            <translation>Recent fai&amp;lures</translation>
        </message>
        <message>
            <source>Last res&amp;ponse</source>
            <translation>Last res&amp;ponse</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::EndpointActions</name>
        <message>
            <source>Saved the endpoint "%1".</source>
            <translation>Saved the endpoint "%1".</translation>
        </message>
        <message>
            <source>Delete Endpoint</source>
            <translation>Delete Endpoint</translation>
        </message>
        <message>
            <source>Delete the endpoint "%1" of the service "%2"?</source>
            <translation>Delete the endpoint "%1" of the service "%2"?</translation>
        </message>
        <message>
            <source>Its history is deleted with it: every check result, the uptime and the state. This cannot be undone.</source>
            <translation>Its history is deleted with it: every check result, the uptime and the state. This cannot be undone.</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Import Endpoints</source>
            <translation>Import Endpoints</translation>
        </message>
        <message>
            <source>Endpoint files (*.yaml *.yml);;All files (*)</source>
            <translation>Endpoint files (*.yaml *.yml);;All files (*)</translation>
        </message>
        <message>
            <source>How should the endpoints of %1 be imported?</source>
            <translation>How should the endpoints of %1 be imported?</translation>
        </message>
        <message>
            <source>Merge adds the new endpoints and updates the changed ones; endpoints that are not in the file stay as they are.
Replace also deletes the endpoints that are not in the file, with their history.</source>
            <translation>Merge adds the new endpoints and updates the changed ones; endpoints that are not in the file stay as they are.
Replace also deletes the endpoints that are not in the file, with their history.</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Merge</translation>
        </message>
        <message>
            <source>&amp;Replace</source>
            <translation>&amp;Replace</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Reading %1…</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Import progress</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
        <message numerus="yes">
            <source>Checking %n endpoint(s)…</source>
            <translation>
                <numerusform>Checking %n endpoint…</numerusform>
                <numerusform>Checking %n endpoints…</numerusform>
            </translation>
        </message>
        <message>
            <source>Storing the endpoints…</source>
            <translation>Storing the endpoints…</translation>
        </message>
        <message>
            <source>Imported %1.</source>
            <translation>Imported %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n endpoint(s) added</source>
            <translation>
                <numerusform>%n endpoint added</numerusform>
                <numerusform>%n endpoints added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n endpoint(s) changed</source>
            <translation>
                <numerusform>%n endpoint changed</numerusform>
                <numerusform>%n endpoints changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n endpoint(s) removed</source>
            <translation>
                <numerusform>%n endpoint removed</numerusform>
                <numerusform>%n endpoints removed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n endpoint(s) unchanged</source>
            <translation>
                <numerusform>%n endpoint unchanged</numerusform>
                <numerusform>%n endpoints unchanged</numerusform>
            </translation>
        </message>
        <message>
            <source>Import Failed</source>
            <translation>Import Failed</translation>
        </message>
        <message>
            <source>The import of %1 was cancelled; nothing was changed.</source>
            <translation>The import of %1 was cancelled; nothing was changed.</translation>
        </message>
        <message>
            <source>Export Endpoints</source>
            <translation>Export Endpoints</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n endpoint(s) to %1.</source>
            <translation>
                <numerusform>Exported %n endpoint to %1.</numerusform>
                <numerusform>Exported %n endpoints to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Paused the endpoint "%1".</source>
            <translation>Paused the endpoint "%1".</translation>
        </message>
        <message>
            <source>Resumed the endpoint "%1".</source>
            <translation>Resumed the endpoint "%1".</translation>
        </message>
        <message>
            <source>Deleted the endpoint "%1".</source>
            <translation>Deleted the endpoint "%1".</translation>
        </message>
        <message>
            <source>Pause or Resume Failed</source>
            <translation>Pause or Resume Failed</translation>
        </message>
        <message>
            <source>Delete Failed</source>
            <translation>Delete Failed</translation>
        </message>
        <message>
            <source>Export Failed</source>
            <translation>Export Failed</translation>
        </message>
        <message>
            <source>&amp;Resume Endpoint</source>
            <translation>&amp;Resume Endpoint</translation>
        </message>
        <message>
            <source>&amp;Pause Endpoint</source>
            <translation>&amp;Pause Endpoint</translation>
        </message>
        <message>
            <source>&amp;Add Endpoint…</source>
            <translation>&amp;Add Endpoint…</translation>
        </message>
        <message>
            <source>&amp;Edit Endpoint…</source>
            <translation>&amp;Edit Endpoint…</translation>
        </message>
        <message>
            <source>D&amp;uplicate Endpoint…</source>
            <translation>D&amp;uplicate Endpoint…</translation>
        </message>
        <message>
            <source>&amp;Delete Endpoint…</source>
            <translation>&amp;Delete Endpoint…</translation>
        </message>
        <message>
            <source>&amp;Import Endpoints…</source>
            <translation>&amp;Import Endpoints…</translation>
        </message>
        <message>
            <source>E&amp;xport Endpoints…</source>
            <translation>E&amp;xport Endpoints…</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::EndpointEditorDialog</name>
        <message>
            <source>Trusted CA Certificates</source>
            <translation>Trusted CA Certificates</translation>
        </message>
        <message>
            <source>PEM certificates (*.pem *.crt);;All files (*)</source>
            <translation>PEM certificates (*.pem *.crt);;All files (*)</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>Te&amp;xt:</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Welcome</translation>
        </message>
        <message>
            <source>Regular e&amp;xpression:</source>
            <translation>Regular e&amp;xpression:</translation>
        </message>
        <message>
            <source>&amp;JSON pointer:</source>
            <translation>&amp;JSON pointer:</translation>
        </message>
        <message>
            <source>Stop &amp;Check</source>
            <translation>Stop &amp;Check</translation>
        </message>
        <message>
            <source>&amp;Check Now</source>
            <translation>&amp;Check Now</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <source>Runs the check once with the values above, without saving them.</source>
            <translation>Runs the check once with the values above, without saving them.</translation>
        </message>
        <message>
            <source>Add Endpoint</source>
            <translation>Add Endpoint</translation>
        </message>
        <message>
            <source>Edit Endpoint</source>
            <translation>Edit Endpoint</translation>
        </message>
        <message>
            <source>Duplicate Endpoint</source>
            <translation>Duplicate Endpoint</translation>
        </message>
        <message>
            <source>Endpoint</source>
            <translation>Endpoint</translation>
        </message>
        <message>
            <source>&amp;Service:</source>
            <translation>&amp;Service:</translation>
        </message>
        <message>
            <source>Citizens' portal</source>
            <translation>Citizens' portal</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Start page</source>
            <translation>Start page</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <source>HTTPS</source>
            <translation>HTTPS</translation>
        </message>
        <message>
            <source>TCP connection</source>
            <translation>TCP connection</translation>
        </message>
        <message>
            <source>DNS lookup</source>
            <translation>DNS lookup</translation>
        </message>
        <message>
            <source>TLS certificate</source>
            <translation>TLS certificate</translation>
        </message>
        <message>
            <source>&amp;Target:</source>
            <translation>&amp;Target:</translation>
        </message>
        <message>
            <source>&amp;Interval:</source>
            <translation>&amp;Interval:</translation>
        </message>
        <message>
            <source>e.g. 30s, 5m or 1m30s</source>
            <translation>e.g. 30s, 5m or 1m30s</translation>
        </message>
        <message>
            <source>Time&amp;out:</source>
            <translation>Time&amp;out:</translation>
        </message>
        <message>
            <source>e.g. 500ms or 10s</source>
            <translation>e.g. 500ms or 10s</translation>
        </message>
        <message>
            <source>Failures before &amp;down:</source>
            <translation>Failures before &amp;down:</translation>
        </message>
        <message>
            <source>Successes before &amp;up:</source>
            <translation>Successes before &amp;up:</translation>
        </message>
        <message>
            <source>&amp;Paused: kept, but not checked</source>
            <translation>&amp;Paused: kept, but not checked</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Check result</source>
            <translation>Check result</translation>
        </message>
        <message>
            <source>Latency</source>
            <translation>Latency</translation>
        </message>
        <message>
            <source>Check message</source>
            <translation>Check message</translation>
        </message>
        <message>
            <source>&amp;Method:</source>
            <translation>&amp;Method:</translation>
        </message>
        <message>
            <source>&amp;Headers:</source>
            <translation>&amp;Headers:</translation>
        </message>
        <message>
            <source>One per line, e.g. Accept: application/json</source>
            <translation>One per line, e.g. Accept: application/json</translation>
        </message>
        <message>
            <source>&amp;Expected status:</source>
            <translation>&amp;Expected status:</translation>
        </message>
        <message>
            <source>e.g. 200-299, 304</source>
            <translation>e.g. 200-299, 304</translation>
        </message>
        <message>
            <source>&amp;Body:</source>
            <translation>&amp;Body:</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Not checked</translation>
        </message>
        <message>
            <source>Contains text</source>
            <translation>Contains text</translation>
        </message>
        <message>
            <source>Matches a regular expression</source>
            <translation>Matches a regular expression</translation>
        </message>
        <message>
            <source>JSON value at a pointer</source>
            <translation>JSON value at a pointer</translation>
        </message>
        <message>
            <source>E&amp;quals:</source>
            <translation>E&amp;quals:</translation>
        </message>
        <message>
            <source>JSON such as "ok", 42 or true; other text is a string</source>
            <translation>JSON such as "ok", 42 or true; other text is a string</translation>
        </message>
        <message>
            <source>De&amp;graded above:</source>
            <translation>De&amp;graded above:</translation>
        </message>
        <message>
            <source>off</source>
            <translation>off</translation>
        </message>
        <message>
            <source>&amp;Redirects to follow:</source>
            <translation>&amp;Redirects to follow:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Body &amp;limit:</source>
            <translation>Body &amp;limit:</translation>
        </message>
        <message>
            <source>e.g. 512KiB or 1MiB</source>
            <translation>e.g. 512KiB or 1MiB</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <source>&amp;Warn days before expiry:</source>
            <translation>&amp;Warn days before expiry:</translation>
        </message>
        <message>
            <source>&amp;Verify the certificate chain and host name</source>
            <translation>&amp;Verify the certificate chain and host name</translation>
        </message>
        <message>
            <source>C&amp;A file:</source>
            <translation>C&amp;A file:</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>TCP</source>
            <translation>TCP</translation>
        </message>
        <message>
            <source>A TCP check opens a connection to the target and closes it again; it has no settings of its own.</source>
            <translation>A TCP check opens a connection to the target and closes it again; it has no settings of its own.</translation>
        </message>
        <message>
            <source>DNS</source>
            <translation>DNS</translation>
        </message>
        <message>
            <source>&amp;Record:</source>
            <translation>&amp;Record:</translation>
        </message>
        <message>
            <source>A or AAAA</source>
            <translation>A or AAAA</translation>
        </message>
        <message>
            <source>A (IPv4)</source>
            <translation>A (IPv4)</translation>
        </message>
        <message>
            <source>AAAA (IPv6)</source>
            <translation>AAAA (IPv6)</translation>
        </message>
        <message>
            <source>E&amp;xpected addresses:</source>
            <translation>E&amp;xpected addresses:</translation>
        </message>
        <message>
            <source>none; or e.g. 192.0.2.10, 2001:db8::10</source>
            <translation>none; or e.g. 192.0.2.10, 2001:db8::10</translation>
        </message>
        <message>
            <source>Name ser&amp;ver:</source>
            <translation>Name ser&amp;ver:</translation>
        </message>
        <message>
            <source>the system's resolver</source>
            <translation>the system's resolver</translation>
        </message>
        <message>
            <source>Fill in the empty fields to save the endpoint.</source>
            <translation>Fill in the empty fields to save the endpoint.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Choose a CA file</source>
            <translation>Choose a CA file</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::EndpointFile</name>
        <message>
            <source>expected a list of endpoints</source>
            <translation>expected a list of endpoints</translation>
        </message>
        <message>
            <source>endpoint "%1" of service "%2" is already defined at line %3</source>
            <translation>endpoint "%1" of service "%2" is already defined at line %3</translation>
        </message>
        <message>
            <source>expected a mapping with the keys version and endpoints</source>
            <translation>expected a mapping with the keys version and endpoints</translation>
        </message>
        <message>
            <source>a key must be a word</source>
            <translation>a key must be a word</translation>
        </message>
        <message>
            <source>the key appears more than once</source>
            <translation>the key appears more than once</translation>
        </message>
        <message>
            <source>a value is required</source>
            <translation>a value is required</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>must not be empty</translation>
        </message>
        <message>
            <source>must be at least %1</source>
            <translation>must be at least %1</translation>
        </message>
        <message>
            <source>must be between %1 and %2</source>
            <translation>must be between %1 and %2</translation>
        </message>
        <message>
            <source>expected a duration such as 500ms, 30s, 5m or 1h, not "%1"</source>
            <translation>expected a duration such as 500ms, 30s, 5m or 1h, not "%1"</translation>
        </message>
        <message>
            <source>must be at most %1</source>
            <translation>must be at most %1</translation>
        </message>
        <message>
            <source>expected a size such as 512KiB or 1MiB, not "%1"</source>
            <translation>expected a size such as 512KiB or 1MiB, not "%1"</translation>
        </message>
        <message>
            <source>the timeout (%1) is longer than the interval (%2)</source>
            <translation>the timeout (%1) is longer than the interval (%2)</translation>
        </message>
        <message>
            <source>not a valid HTTP method</source>
            <translation>not a valid HTTP method</translation>
        </message>
        <message>
            <source>not a valid header name</source>
            <translation>not a valid header name</translation>
        </message>
        <message>
            <source>a header value must not contain line breaks or control characters</source>
            <translation>a header value must not contain line breaks or control characters</translation>
        </message>
        <message>
            <source>expected one header as name: value</source>
            <translation>expected one header as name: value</translation>
        </message>
        <message>
            <source>expected a mapping of header names to values, or a list of them</source>
            <translation>expected a mapping of header names to values, or a list of them</translation>
        </message>
        <message>
            <source>at least one status code or range is required</source>
            <translation>at least one status code or range is required</translation>
        </message>
        <message>
            <source>expected a status code such as 200 or a range such as 200-299</source>
            <translation>expected a status code such as 200 or a range such as 200-299</translation>
        </message>
        <message>
            <source>status codes are between 100 and 599</source>
            <translation>status codes are between 100 and 599</translation>
        </message>
        <message>
            <source>the range starts after it ends</source>
            <translation>the range starts after it ends</translation>
        </message>
        <message>
            <source>give exactly one of contains, matches or json_pointer</source>
            <translation>give exactly one of contains, matches or json_pointer</translation>
        </message>
        <message>
            <source>invalid regular expression at offset %1: %2</source>
            <translation>invalid regular expression at offset %1: %2</translation>
        </message>
        <message>
            <source>invalid JSON pointer: it starts with / and writes ~ as ~0 and / inside a name as ~1</source>
            <translation>invalid JSON pointer: it starts with / and writes ~ as ~0 and / inside a name as ~1</translation>
        </message>
        <message>
            <source>json_pointer needs equals: the value to compare with</source>
            <translation>json_pointer needs equals: the value to compare with</translation>
        </message>
        <message>
            <source>equals applies only with json_pointer</source>
            <translation>equals applies only with json_pointer</translation>
        </message>
        <message>
            <source>expected A, AAAA or any</source>
            <translation>expected A, AAAA or any</translation>
        </message>
        <message>
            <source>not an IP address</source>
            <translation>not an IP address</translation>
        </message>
        <message>
            <source>an A record holds an IPv4 address, not this IPv6 address</source>
            <translation>an A record holds an IPv4 address, not this IPv6 address</translation>
        </message>
        <message>
            <source>an AAAA record holds an IPv6 address, not this IPv4 address</source>
            <translation>an AAAA record holds an IPv6 address, not this IPv4 address</translation>
        </message>
        <message>
            <source>expected a host or host:port such as 192.0.2.53 or [2001:db8::53]:53</source>
            <translation>expected a host or host:port such as 192.0.2.53 or [2001:db8::53]:53</translation>
        </message>
        <message>
            <source>the port must be between 1 and 65535</source>
            <translation>the port must be between 1 and 65535</translation>
        </message>
        <message>
            <source>must be an absolute path</source>
            <translation>must be an absolute path</translation>
        </message>
        <message>
            <source>unknown kind "%1"; expected http, https, tcp, dns or tls</source>
            <translation>unknown kind "%1"; expected http, https, tcp, dns or tls</translation>
        </message>
        <message>
            <source>http settings apply only to http and https endpoints</source>
            <translation>http settings apply only to http and https endpoints</translation>
        </message>
        <message>
            <source>dns settings apply only to dns endpoints</source>
            <translation>dns settings apply only to dns endpoints</translation>
        </message>
        <message>
            <source>tls settings apply only to https and tls endpoints</source>
            <translation>tls settings apply only to https and tls endpoints</translation>
        </message>
        <message>
            <source>the latency threshold (%1) must be shorter than the timeout (%2)</source>
            <translation>the latency threshold (%1) must be shorter than the timeout (%2)</translation>
        </message>
        <message>
            <source>not a valid URL: %1</source>
            <translation>not a valid URL: %1</translation>
        </message>
        <message>
            <source>a %1 endpoint needs a URL that starts with %1://</source>
            <translation>a %1 endpoint needs a URL that starts with %1://</translation>
        </message>
        <message>
            <source>the URL has no host</source>
            <translation>the URL has no host</translation>
        </message>
        <message>
            <source>the URL must not contain a user name or password</source>
            <translation>the URL must not contain a user name or password</translation>
        </message>
        <message>
            <source>expected host:port such as example.org:443 or [2001:db8::1]:443</source>
            <translation>expected host:port such as example.org:443 or [2001:db8::1]:443</translation>
        </message>
        <message>
            <source>expected a host name to resolve such as www.example.org</source>
            <translation>expected a host name to resolve such as www.example.org</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::EndpointNames</name>
        <message>
            <source>%1 (copy)</source>
            <comment>name of a duplicated endpoint</comment>
            <translation>%1 (copy)</translation>
        </message>
        <message>
            <source>%1 (copy %2)</source>
            <comment>name of a duplicated endpoint</comment>
            <translation>%1 (copy %2)</translation>
        </message>
        <message>
            <source>The service "%1" already has an endpoint named "%2".</source>
            <translation>The service "%1" already has an endpoint named "%2".</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::EndpointOverview</name>
        <message>
            <source>Filter by name, target, service or error (%1)</source>
            <translation>Filter by name, target, service or error (%1)</translation>
        </message>
        <message>
            <source>Filter endpoints</source>
            <translation>Filter endpoints</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Show:</translation>
        </message>
        <message>
            <source>Show endpoints in state</source>
            <translation>Show endpoints in state</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>Degraded</source>
            <translation>Degraded</translation>
        </message>
        <message>
            <source>Down and degraded</source>
            <translation>Down and degraded</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Up</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Endpoints</source>
            <translation>Endpoints</translation>
        </message>
        <message>
            <source>No endpoints are monitored yet.</source>
            <translation>No endpoints are monitored yet.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::EndpointRepository</name>
        <message>
            <source>Cannot read the endpoints: %1</source>
            <translation>Cannot read the endpoints: %1</translation>
        </message>
        <message>
            <source>Cannot read the endpoint %1: %2</source>
            <translation>Cannot read the endpoint %1: %2</translation>
        </message>
        <message>
            <source>Cannot add the endpoint %1: %2</source>
            <translation>Cannot add the endpoint %1: %2</translation>
        </message>
        <message>
            <source>Cannot change the endpoint %1: %2</source>
            <translation>Cannot change the endpoint %1: %2</translation>
        </message>
        <message>
            <source>There is no endpoint with id %1.</source>
            <translation>There is no endpoint with id %1.</translation>
        </message>
        <message>
            <source>Cannot remove the endpoint %1: %2</source>
            <translation>Cannot remove the endpoint %1: %2</translation>
        </message>
        <message>
            <source>Cannot pause or resume the endpoint %1: %2</source>
            <translation>Cannot pause or resume the endpoint %1: %2</translation>
        </message>
        <message>
            <source>The endpoint %1 of the service %2 is defined twice.</source>
            <translation>The endpoint %1 of the service %2 is defined twice.</translation>
        </message>
        <message>
            <source>Cannot import the endpoints: %1</source>
            <translation>Cannot import the endpoints: %1</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was changed.</source>
            <translation>The import was cancelled; nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::EndpointState</name>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Up</translation>
        </message>
        <message>
            <source>Degraded</source>
            <translation>Degraded</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Maintenance</source>
            <translation>Maintenance</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::EndpointStatusQuery</name>
        <message>
            <source>Cannot read the endpoint states: %1</source>
            <translation>Cannot read the endpoint states: %1</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::EndpointText</name>
        <message>
            <source>%1 ms</source>
            <comment>latency</comment>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>%1 %</source>
            <comment>uptime in percent</comment>
            <translation>%1 %</translation>
        </message>
        <message numerus="yes">
            <source>%n endpoint(s)</source>
            <comment>service summary</comment>
            <translation>
                <numerusform>%n endpoint</numerusform>
                <numerusform>%n endpoints</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>joins the parts of a service summary</comment>
            <translation>%1, %2</translation>
        </message>
        <message numerus="yes">
            <source>%n down</source>
            <comment>service summary</comment>
            <translation>
                <numerusform>%n down</numerusform>
                <numerusform>%n down</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n degraded</source>
            <comment>service summary</comment>
            <translation>
                <numerusform>%n degraded</numerusform>
                <numerusform>%n degraded</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 since %2</source>
            <comment>state since time</comment>
            <translation>%1 since %2</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>state, latency</comment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>state: error message</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>No checks yet</source>
            <translation>No checks yet</translation>
        </message>
        <message numerus="yes">
            <source>%n recent check(s), %1 failed</source>
            <translation>
                <numerusform>%n recent check, %1 failed</numerusform>
                <numerusform>%n recent checks, %1 failed</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>error message: detail</comment>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>The certificate expires on %1 (in %n day(s)).</source>
            <translation>
                <numerusform>The certificate expires on %1 (in %n day).</numerusform>
                <numerusform>The certificate expires on %1 (in %n days).</numerusform>
            </translation>
        </message>
        <message>
            <source>The certificate expired on %1.</source>
            <translation>The certificate expired on %1.</translation>
        </message>
        <message>
            <source>connection refused</source>
            <translation>connection refused</translation>
        </message>
        <message>
            <source>the remote host closed the connection</source>
            <translation>the remote host closed the connection</translation>
        </message>
        <message>
            <source>host not found</source>
            <translation>host not found</translation>
        </message>
        <message>
            <source>socket access denied</source>
            <translation>socket access denied</translation>
        </message>
        <message>
            <source>out of socket resources</source>
            <translation>out of socket resources</translation>
        </message>
        <message>
            <source>socket operation timed out</source>
            <translation>socket operation timed out</translation>
        </message>
        <message>
            <source>datagram too large</source>
            <translation>datagram too large</translation>
        </message>
        <message>
            <source>network or host unreachable</source>
            <translation>network or host unreachable</translation>
        </message>
        <message>
            <source>address in use</source>
            <translation>address in use</translation>
        </message>
        <message>
            <source>address not available</source>
            <translation>address not available</translation>
        </message>
        <message>
            <source>unsupported socket operation</source>
            <translation>unsupported socket operation</translation>
        </message>
        <message>
            <source>unfinished socket operation</source>
            <translation>unfinished socket operation</translation>
        </message>
        <message>
            <source>the proxy requires authentication</source>
            <translation>the proxy requires authentication</translation>
        </message>
        <message>
            <source>TLS handshake failed</source>
            <translation>TLS handshake failed</translation>
        </message>
        <message>
            <source>the proxy refused the connection</source>
            <translation>the proxy refused the connection</translation>
        </message>
        <message>
            <source>the proxy closed the connection</source>
            <translation>the proxy closed the connection</translation>
        </message>
        <message>
            <source>the proxy timed out</source>
            <translation>the proxy timed out</translation>
        </message>
        <message>
            <source>proxy not found</source>
            <translation>proxy not found</translation>
        </message>
        <message>
            <source>proxy protocol error</source>
            <translation>proxy protocol error</translation>
        </message>
        <message>
            <source>operation not allowed in the socket's state</source>
            <translation>operation not allowed in the socket's state</translation>
        </message>
        <message>
            <source>TLS internal error</source>
            <translation>TLS internal error</translation>
        </message>
        <message>
            <source>invalid TLS data</source>
            <translation>invalid TLS data</translation>
        </message>
        <message>
            <source>temporary socket error</source>
            <translation>temporary socket error</translation>
        </message>
        <message>
            <source>socket error</source>
            <translation>socket error</translation>
        </message>
        <message>
            <source>the issuer certificate could not be found</source>
            <translation>the issuer certificate could not be found</translation>
        </message>
        <message>
            <source>the certificate signature could not be decrypted</source>
            <translation>the certificate signature could not be decrypted</translation>
        </message>
        <message>
            <source>the public key of the issuer could not be read</source>
            <translation>the public key of the issuer could not be read</translation>
        </message>
        <message>
            <source>the signature of the certificate is invalid</source>
            <translation>the signature of the certificate is invalid</translation>
        </message>
        <message>
            <source>the certificate is not yet valid</source>
            <translation>the certificate is not yet valid</translation>
        </message>
        <message>
            <source>the certificate has expired</source>
            <translation>the certificate has expired</translation>
        </message>
        <message>
            <source>the certificate's validity dates are invalid</source>
            <translation>the certificate's validity dates are invalid</translation>
        </message>
        <message>
            <source>the certificate is self-signed and untrusted</source>
            <translation>the certificate is self-signed and untrusted</translation>
        </message>
        <message>
            <source>the root certificate of the chain is self-signed and untrusted</source>
            <translation>the root certificate of the chain is self-signed and untrusted</translation>
        </message>
        <message>
            <source>the issuer certificate of a locally looked up certificate could not be found</source>
            <translation>the issuer certificate of a locally looked up certificate could not be found</translation>
        </message>
        <message>
            <source>no certificates could be verified</source>
            <translation>no certificates could be verified</translation>
        </message>
        <message>
            <source>the certificate has been revoked</source>
            <translation>the certificate has been revoked</translation>
        </message>
        <message>
            <source>the issuer certificate is not a valid certificate authority</source>
            <translation>the issuer certificate is not a valid certificate authority</translation>
        </message>
        <message>
            <source>the certificate chain is longer than allowed</source>
            <translation>the certificate chain is longer than allowed</translation>
        </message>
        <message>
            <source>the certificate is not meant for this purpose</source>
            <translation>the certificate is not meant for this purpose</translation>
        </message>
        <message>
            <source>the root certificate authority is not trusted for this purpose</source>
            <translation>the root certificate authority is not trusted for this purpose</translation>
        </message>
        <message>
            <source>the root certificate authority rejects this purpose</source>
            <translation>the root certificate authority rejects this purpose</translation>
        </message>
        <message>
            <source>the issuer certificate does not match the certificate</source>
            <translation>the issuer certificate does not match the certificate</translation>
        </message>
        <message>
            <source>the server presented no certificate</source>
            <translation>the server presented no certificate</translation>
        </message>
        <message>
            <source>the host name matches none of the names in the certificate</source>
            <translation>the host name matches none of the names in the certificate</translation>
        </message>
        <message>
            <source>TLS is not supported here</source>
            <translation>TLS is not supported here</translation>
        </message>
        <message>
            <source>the certificate is blacklisted</source>
            <translation>the certificate is blacklisted</translation>
        </message>
        <message>
            <source>no answer from the name server</source>
            <translation>no answer from the name server</translation>
        </message>
        <message>
            <source>invalid reply from the name server</source>
            <translation>invalid reply from the name server</translation>
        </message>
        <message>
            <source>invalid request</source>
            <translation>invalid request</translation>
        </message>
        <message>
            <source>lookup cancelled</source>
            <translation>lookup cancelled</translation>
        </message>
        <message>
            <source>resolver error</source>
            <translation>resolver error</translation>
        </message>
        <message>
            <source>lookup failed</source>
            <translation>lookup failed</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::EndpointTransfer</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::EndpointTreeModel</name>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Latency</source>
            <translation>Latency</translation>
        </message>
        <message>
            <source>Uptime 24 h</source>
            <translation>Uptime 24 h</translation>
        </message>
        <message>
            <source>Uptime 30 d</source>
            <translation>Uptime 30 d</translation>
        </message>
        <message>
            <source>Last check</source>
            <translation>Last check</translation>
        </message>
        <message>
            <source>Recent checks</source>
            <translation>Recent checks</translation>
        </message>
        <message>
            <source>Time to a complete answer in the latest check</source>
            <translation>Time to a complete answer in the latest check</translation>
        </message>
        <message>
            <source>Share of the last 24 hours the endpoint answered (maintenance and unknown time do not count)</source>
            <translation>Share of the last 24 hours the endpoint answered (maintenance and unknown time do not count)</translation>
        </message>
        <message>
            <source>Share of the last 30 days the endpoint answered (maintenance and unknown time do not count)</source>
            <translation>Share of the last 30 days the endpoint answered (maintenance and unknown time do not count)</translation>
        </message>
        <message numerus="yes">
            <source>The last %n check(s), oldest on the left</source>
            <translation>
                <numerusform>The last check</numerusform>
                <numerusform>The last %n checks, oldest on the left</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Leitstand::FailureListModel</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::FederalState</name>
        <message>
            <source>Baden-Württemberg</source>
            <translation>Baden-Württemberg</translation>
        </message>
        <message>
            <source>Bavaria</source>
            <translation>Bavaria</translation>
        </message>
        <message>
            <source>Berlin</source>
            <translation>Berlin</translation>
        </message>
        <message>
            <source>Brandenburg</source>
            <translation>Brandenburg</translation>
        </message>
        <message>
            <source>Bremen</source>
            <translation>Bremen</translation>
        </message>
        <message>
            <source>Hamburg</source>
            <translation>Hamburg</translation>
        </message>
        <message>
            <source>Hesse</source>
            <translation>Hesse</translation>
        </message>
        <message>
            <source>Mecklenburg-Western Pomerania</source>
            <translation>Mecklenburg-Western Pomerania</translation>
        </message>
        <message>
            <source>Lower Saxony</source>
            <translation>Lower Saxony</translation>
        </message>
        <message>
            <source>North Rhine-Westphalia</source>
            <translation>North Rhine-Westphalia</translation>
        </message>
        <message>
            <source>Rhineland-Palatinate</source>
            <translation>Rhineland-Palatinate</translation>
        </message>
        <message>
            <source>Saarland</source>
            <translation>Saarland</translation>
        </message>
        <message>
            <source>Saxony</source>
            <translation>Saxony</translation>
        </message>
        <message>
            <source>Saxony-Anhalt</source>
            <translation>Saxony-Anhalt</translation>
        </message>
        <message>
            <source>Schleswig-Holstein</source>
            <translation>Schleswig-Holstein</translation>
        </message>
        <message>
            <source>Thuringia</source>
            <translation>Thuringia</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::FeedConfiguration</name>
        <message>
            <source>The feed URL "%1" is not a valid address.</source>
            <translation>The feed URL "%1" is not a valid address.</translation>
        </message>
        <message>
            <source>The feed URL must begin with https://, so that the password and the notices are never sent in clear text.</source>
            <translation>The feed URL must begin with https://, so that the password and the notices are never sent in clear text.</translation>
        </message>
        <message>
            <source>The feed URL names the folder the feeds go into and must end with a slash (/).</source>
            <translation>The feed URL names the folder the feeds go into and must end with a slash (/).</translation>
        </message>
        <message>
            <source>The feed URL must not contain a user name or password; the password is kept in the system's secret store.</source>
            <translation>The feed URL must not contain a user name or password; the password is kept in the system's secret store.</translation>
        </message>
        <message>
            <source>Basic authentication needs a user name.</source>
            <translation>Basic authentication needs a user name.</translation>
        </message>
        <message>
            <source>The portal URL "%1" is not a valid address.</source>
            <translation>The portal URL "%1" is not a valid address.</translation>
        </message>
        <message>
            <source>Cannot read the certificate authorities for the feed server from %1: %2</source>
            <translation>Cannot read the certificate authorities for the feed server from %1: %2</translation>
        </message>
        <message>
            <source>%1 holds no certificate in PEM form.</source>
            <translation>%1 holds no certificate in PEM form.</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::FeedPublisher</name>
        <message>
            <source>Cannot lock %1 on the feed server: %2</source>
            <translation>Cannot lock %1 on the feed server: %2</translation>
        </message>
        <message numerus="yes">
            <source>Another publisher has held the feed for more than %n second(s); try again later.</source>
            <translation>
                <numerusform>Another publisher has held the feed for more than %n second; try again later.</numerusform>
                <numerusform>Another publisher has held the feed for more than %n seconds; try again later.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot read %1 from the feed server: %2</source>
            <translation>Cannot read %1 from the feed server: %2</translation>
        </message>
        <message>
            <source>The feed server sends no ETag for %1, so Leitstand cannot publish without risking overwriting a colleague's notices.</source>
            <translation>The feed server sends no ETag for %1, so Leitstand cannot publish without risking overwriting a colleague's notices.</translation>
        </message>
        <message>
            <source>The feed server sends a weak ETag for %1, which cannot protect a change. Configure it to send strong ones (Apache: FileETag Digest).</source>
            <translation>The feed server sends a weak ETag for %1, which cannot protect a change. Configure it to send strong ones (Apache: FileETag Digest).</translation>
        </message>
        <message>
            <source>%1 on the feed server cannot be read, so it was not overwritten: %2</source>
            <translation>%1 on the feed server cannot be read, so it was not overwritten: %2</translation>
        </message>
        <message>
            <source>The feed server refused to give %1: %2</source>
            <translation>The feed server refused to give %1: %2</translation>
        </message>
        <message>
            <source>The feed server did not accept %1: %2</source>
            <translation>The feed server did not accept %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Other publishers changed the feed %n time(s) in a row while Leitstand was publishing; try again.</source>
            <translation>
                <numerusform>Another publisher changed the feed once while Leitstand was publishing; try again.</numerusform>
                <numerusform>Other publishers changed the feed %n times in a row while Leitstand was publishing; try again.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 on the feed server cannot be read: %2</source>
            <translation>%1 on the feed server cannot be read: %2</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::FeedServerDialog</name>
        <message>
            <source>Feed Server</source>
            <translation>Feed Server</translation>
        </message>
        <message>
            <source>User name and password (Basic)</source>
            <translation>User name and password (Basic)</translation>
        </message>
        <message>
            <source>Token (Bearer)</source>
            <translation>Token (Bearer)</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Leave empty to keep the stored one</source>
            <translation>Leave empty to keep the stored one</translation>
        </message>
        <message>
            <source>The system's authorities</source>
            <translation>The system's authorities</translation>
        </message>
        <message>
            <source>B&amp;rowse…</source>
            <translation>B&amp;rowse…</translation>
        </message>
        <message>
            <source>Choose the certificate authorities file</source>
            <translation>Choose the certificate authorities file</translation>
        </message>
        <message>
            <source>Feed &amp;URL:</source>
            <translation>Feed &amp;URL:</translation>
        </message>
        <message>
            <source>&amp;Authentication:</source>
            <translation>&amp;Authentication:</translation>
        </message>
        <message>
            <source>User &amp;name:</source>
            <translation>User &amp;name:</translation>
        </message>
        <message>
            <source>&amp;Password or token:</source>
            <translation>&amp;Password or token:</translation>
        </message>
        <message>
            <source>Certificate au&amp;thorities:</source>
            <translation>Certificate au&amp;thorities:</translation>
        </message>
        <message>
            <source>P&amp;ortal page:</source>
            <translation>P&amp;ortal page:</translation>
        </message>
        <message>
            <source>Pu&amp;blisher:</source>
            <translation>Pu&amp;blisher:</translation>
        </message>
        <message>
            <source>The password or token is kept in the system's secret store, never in the settings file. The feed itself is public: portals read it without logging in.</source>
            <translation>The password or token is kept in the system's secret store, never in the settings file. The feed itself is public: portals read it without logging in.</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>Certificate Authorities</source>
            <translation>Certificate Authorities</translation>
        </message>
        <message>
            <source>PEM certificates (*.pem *.crt);;All files (*)</source>
            <translation>PEM certificates (*.pem *.crt);;All files (*)</translation>
        </message>
        <message>
            <source>To&amp;ken:</source>
            <translation>To&amp;ken:</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::ImportProblemsDialog</name>
        <message>
            <source>Import Refused</source>
            <translation>Import Refused</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) in %1; nothing was imported. Fix them and import the file again.</source>
            <translation>
                <numerusform>%n problem in %1; nothing was imported. Fix it and import the file again.</numerusform>
                <numerusform>%n problems in %1; nothing was imported. Fix them and import the file again.</numerusform>
            </translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problems</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::IncidentBook</name>
        <message>
            <source>Incident %1 is not open.</source>
            <translation>Incident %1 is not open.</translation>
        </message>
        <message>
            <source>Incident %1 is resolved and can no longer be changed.</source>
            <translation>Incident %1 is resolved and can no longer be changed.</translation>
        </message>
        <message>
            <source>An incident opened by hand needs a title.</source>
            <translation>An incident opened by hand needs a title.</translation>
        </message>
        <message>
            <source>A note needs some text.</source>
            <translation>A note needs some text.</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::IncidentDetail</name>
        <message>
            <source>Not done: %1</source>
            <translation>Not done: %1</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Resolve Incident</source>
            <translation>Resolve Incident</translation>
        </message>
        <message>
            <source>Resolve "%1"?</source>
            <translation>Resolve "%1"?</translation>
        </message>
        <message>
            <source>The incident leaves the list of open incidents. If the service fails again within a few minutes, the incident is reopened.</source>
            <translation>The incident leaves the list of open incidents. If the service fails again within a few minutes, the incident is reopened.</translation>
        </message>
        <message>
            <source>&amp;Resolve</source>
            <translation>&amp;Resolve</translation>
        </message>
        <message>
            <source>No team</source>
            <translation>No team</translation>
        </message>
        <message>
            <source>No incident selected</source>
            <translation>No incident selected</translation>
        </message>
        <message>
            <source>Select an incident in the list to see its timeline and act on it.</source>
            <translation>Select an incident in the list to see its timeline and act on it.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Service: %1 · Severity: %2 · State: %3 · Team: %4</source>
            <translation>Service: %1 · Severity: %2 · State: %3 · Team: %4</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>Opened %1</translation>
        </message>
        <message>
            <source>Acknowledged %1 by %2, %3 after opening</source>
            <translation>Acknowledged %1 by %2, %3 after opening</translation>
        </message>
        <message>
            <source>Not acknowledged yet</source>
            <translation>Not acknowledged yet</translation>
        </message>
        <message>
            <source>Resolved %1, %2 after opening</source>
            <translation>Resolved %1, %2 after opening</translation>
        </message>
        <message>
            <source>Affected endpoints: %1</source>
            <translation>Affected endpoints: %1</translation>
        </message>
        <message>
            <source>A&amp;cknowledge</source>
            <translation>A&amp;cknowledge</translation>
        </message>
        <message>
            <source>Say that you are working on this incident</source>
            <translation>Say that you are working on this incident</translation>
        </message>
        <message>
            <source>S&amp;tate:</source>
            <translation>S&amp;tate:</translation>
        </message>
        <message>
            <source>Se&amp;verity:</source>
            <translation>Se&amp;verity:</translation>
        </message>
        <message>
            <source>Assi&amp;gned to:</source>
            <translation>Assi&amp;gned to:</translation>
        </message>
        <message>
            <source>&amp;Resolve…</source>
            <translation>&amp;Resolve…</translation>
        </message>
        <message>
            <source>Mark the incident as resolved, after a confirmation</source>
            <translation>Mark the incident as resolved, after a confirmation</translation>
        </message>
        <message>
            <source>Add a note to the timeline</source>
            <translation>Add a note to the timeline</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Add &amp;note</source>
            <translation>Add &amp;note</translation>
        </message>
        <message>
            <source>&amp;Your name:</source>
            <translation>&amp;Your name:</translation>
        </message>
        <message>
            <source>The name the timeline gives for what you do</source>
            <translation>The name the timeline gives for what you do</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Incident</translation>
        </message>
        <message>
            <source>Service, severity, state and team</source>
            <translation>Service, severity, state and team</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Times</translation>
        </message>
        <message>
            <source>Ti&amp;meline</source>
            <translation>Ti&amp;meline</translation>
        </message>
        <message>
            <source>Incident details</source>
            <translation>Incident details</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>N&amp;otifications</source>
            <translation>N&amp;otifications</translation>
        </message>
        <message numerus="yes">
            <source>N&amp;otifications (%n failed)</source>
            <translation>
                <numerusform>N&amp;otifications (%n failed)</numerusform>
                <numerusform>N&amp;otifications (%n failed)</numerusform>
            </translation>
        </message>
        <message>
            <source>Notice for &amp;Users…</source>
            <translation>Notice for &amp;Users…</translation>
        </message>
        <message>
            <source>Write an outage notice for the public about this incident, in German and English</source>
            <translation>Write an outage notice for the public about this incident, in German and English</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::IncidentEvent</name>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>State changed</source>
            <translation>State changed</translation>
        </message>
        <message>
            <source>Severity changed</source>
            <translation>Severity changed</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Acknowledged</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>Assigned</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Endpoint changed</source>
            <translation>Endpoint changed</translation>
        </message>
        <message>
            <source>Likely cause named</source>
            <translation>Likely cause named</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Reopened</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::IncidentListModel</name>
        <message>
            <source>Down now: %1
Affected: %2</source>
            <translation>Down now: %1
Affected: %2</translation>
        </message>
        <message>
            <source>Open for %1</source>
            <translation>Open for %1</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Incident</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Affected endpoints</source>
            <translation>Affected endpoints</translation>
        </message>
        <message>
            <source>Acknowledged by</source>
            <translation>Acknowledged by</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::IncidentRepository</name>
        <message>
            <source>Cannot store the incidents: %1</source>
            <translation>Cannot store the incidents: %1</translation>
        </message>
        <message>
            <source>Cannot store incident %1: %2</source>
            <translation>Cannot store incident %1: %2</translation>
        </message>
        <message>
            <source>Cannot read the incidents: %1</source>
            <translation>Cannot read the incidents: %1</translation>
        </message>
        <message>
            <source>Cannot read the timeline of incident %1: %2</source>
            <translation>Cannot read the timeline of incident %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::IncidentSeverity</name>
        <message>
            <source>Minor</source>
            <translation>Minor</translation>
        </message>
        <message>
            <source>Major</source>
            <translation>Major</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Critical</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::IncidentState</name>
        <message>
            <source>Investigating</source>
            <translation>Investigating</translation>
        </message>
        <message>
            <source>Identified</source>
            <translation>Identified</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Monitoring</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::IncidentText</name>
        <message>
            <source>%1 s</source>
            <comment>duration in seconds</comment>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 min</source>
            <comment>duration in minutes</comment>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <comment>duration in hours and minutes</comment>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>%1 d %2 h</source>
            <comment>duration in days and hours</comment>
            <translation>%1 d %2 h</translation>
        </message>
        <message>
            <source>Service %1</source>
            <comment>a service whose name is not known</comment>
            <translation>Service %1</translation>
        </message>
        <message>
            <source>Team %1</source>
            <comment>a team whose name is not known</comment>
            <translation>Team %1</translation>
        </message>
        <message>
            <source>Endpoint %1</source>
            <comment>an endpoint whose name is not known</comment>
            <translation>Endpoint %1</translation>
        </message>
        <message>
            <source>%1 is down</source>
            <comment>automatic incident title: service</comment>
            <translation>%1 is down</translation>
        </message>
        <message>
            <source>, </source>
            <comment>separates names in a list</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>timeline: what happened (who did it)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Opened automatically as %1</source>
            <comment>severity</comment>
            <translation>Opened automatically as %1</translation>
        </message>
        <message>
            <source>Opened by %1 as %2</source>
            <comment>actor, severity</comment>
            <translation>Opened by %1 as %2</translation>
        </message>
        <message>
            <source>State: %1</source>
            <translation>State: %1</translation>
        </message>
        <message>
            <source>Severity: %1</source>
            <translation>Severity: %1</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Acknowledged</translation>
        </message>
        <message>
            <source>Acknowledged by %1</source>
            <translation>Acknowledged by %1</translation>
        </message>
        <message>
            <source>No team assigned</source>
            <translation>No team assigned</translation>
        </message>
        <message>
            <source>Assigned to %1</source>
            <comment>team</comment>
            <translation>Assigned to %1</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Note: %1</translation>
        </message>
        <message>
            <source>Note by %1: %2</source>
            <translation>Note by %1: %2</translation>
        </message>
        <message>
            <source>%1 went %2</source>
            <comment>endpoint went DOWN</comment>
            <translation>%1 went %2</translation>
        </message>
        <message>
            <source>%1 went %2: %3</source>
            <comment>endpoint went DOWN: detail</comment>
            <translation>%1 went %2: %3</translation>
        </message>
        <message>
            <source>Likely cause: %1</source>
            <comment>a failing service this one depends on</comment>
            <translation>Likely cause: %1</translation>
        </message>
        <message>
            <source>Resolved automatically: every endpoint is back up</source>
            <translation>Resolved automatically: every endpoint is back up</translation>
        </message>
        <message>
            <source>Resolved by %1</source>
            <translation>Resolved by %1</translation>
        </message>
        <message>
            <source>Reopened: the outage returned</source>
            <translation>Reopened: the outage returned</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::IncidentTimelineModel</name>
        <message>
            <source>%1 – %2</source>
            <comment>timeline entry: time – what happened</comment>
            <translation>%1 – %2</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::IncidentsDock</name>
        <message>
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message numerus="yes">
            <source>Incidents (%n open)</source>
            <translation>
                <numerusform>Incidents (%n open)</numerusform>
                <numerusform>Incidents (%n open)</numerusform>
            </translation>
        </message>
        <message>
            <source>All teams</source>
            <translation>All teams</translation>
        </message>
        <message>
            <source>No team</source>
            <translation>No team</translation>
        </message>
        <message>
            <source>Filter by title, service, team or endpoint</source>
            <translation>Filter by title, service, team or endpoint</translation>
        </message>
        <message>
            <source>Filter incidents</source>
            <translation>Filter incidents</translation>
        </message>
        <message>
            <source>Severity filter</source>
            <translation>Severity filter</translation>
        </message>
        <message>
            <source>Team filter</source>
            <translation>Team filter</translation>
        </message>
        <message>
            <source>Show re&amp;solved</source>
            <translation>Show re&amp;solved</translation>
        </message>
        <message numerus="yes">
            <source>Also list the incidents of the last %n day(s)</source>
            <translation>
                <numerusform>Also list the incidents of the last day</numerusform>
                <numerusform>Also list the incidents of the last %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>New &amp;Incident…</source>
            <translation>New &amp;Incident…</translation>
        </message>
        <message>
            <source>Open an incident by hand, for a problem the checks do not see</source>
            <translation>Open an incident by hand, for a problem the checks do not see</translation>
        </message>
        <message>
            <source>All severities</source>
            <translation>All severities</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::LastResponseView</name>
        <message>
            <source>No response received since the console started. Use Check now to fetch one.</source>
            <translation>No response received since the console started. Use Check now to fetch one.</translation>
        </message>
        <message>
            <source>%1 at %2, after %3</source>
            <translation>%1 at %2, after %3</translation>
        </message>
        <message>
            <source>(empty body)</source>
            <translation>(empty body)</translation>
        </message>
        <message>
            <source>Response summary</source>
            <translation>Response summary</translation>
        </message>
        <message>
            <source>Status line and headers</source>
            <translation>Status line and headers</translation>
        </message>
        <message>
            <source>Response body</source>
            <translation>Response body</translation>
        </message>
        <message>
            <source>The start of the body, at most a few kilobytes</source>
            <translation>The start of the body, at most a few kilobytes</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::LeaseKeeper</name>
        <message>
            <source>Cannot renew the leases of poller %1: %2</source>
            <translation>Cannot renew the leases of poller %1: %2</translation>
        </message>
        <message>
            <source>Cannot give up the leases of poller %1: %2</source>
            <translation>Cannot give up the leases of poller %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::MainWindow</name>
        <message>
            <source>Leitstand</source>
            <translation>Leitstand</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>F&amp;ull Screen Mode</source>
            <translation>F&amp;ull Screen Mode</translation>
        </message>
        <message>
            <source>&amp;System Default</source>
            <translation>&amp;System Default</translation>
        </message>
        <message>
            <source>&amp;About Leitstand</source>
            <translation>&amp;About Leitstand</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>About &amp;Qt</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>Endpoint states</source>
            <translation>Endpoint states</translation>
        </message>
        <message numerus="yes">
            <source>%n down</source>
            <translation>
                <numerusform>%n down</numerusform>
                <numerusform>%n down</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n degraded</source>
            <translation>
                <numerusform>%n degraded</numerusform>
                <numerusform>%n degraded</numerusform>
            </translation>
        </message>
        <message>
            <source>Leitstand – %1, %2</source>
            <comment>window title: down, degraded</comment>
            <translation>Leitstand – %1, %2</translation>
        </message>
        <message numerus="yes">
            <source>%n endpoint(s): %1, %2</source>
            <comment>status bar: down, degraded</comment>
            <translation>
                <numerusform>%n endpoint: %1, %2</numerusform>
                <numerusform>%n endpoints: %1, %2</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Endpoint</source>
            <translation>&amp;Endpoint</translation>
        </message>
        <message>
            <source>&amp;Check Now</source>
            <translation>&amp;Check Now</translation>
        </message>
        <message>
            <source>Check the selected endpoints now</source>
            <translation>Check the selected endpoints now</translation>
        </message>
        <message>
            <source>&amp;Next Down Endpoint</source>
            <translation>&amp;Next Down Endpoint</translation>
        </message>
        <message>
            <source>&amp;Previous Down Endpoint</source>
            <translation>&amp;Previous Down Endpoint</translation>
        </message>
        <message>
            <source>No endpoint is down.</source>
            <translation>No endpoint is down.</translation>
        </message>
        <message>
            <source>&amp;Colour Scheme</source>
            <translation>&amp;Colour Scheme</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Light</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Dark</translation>
        </message>
        <message>
            <source>Unsaved Runbook Changes</source>
            <translation>Unsaved Runbook Changes</translation>
        </message>
        <message>
            <source>The runbook of %1 has changes that are not saved.</source>
            <translation>The runbook of %1 has changes that are not saved.</translation>
        </message>
        <message>
            <source>The runbooks of %1 have changes that are not saved.</source>
            <translation>The runbooks of %1 have changes that are not saved.</translation>
        </message>
        <message>
            <source>Save the changes before closing, or discard them?</source>
            <translation>Save the changes before closing, or discard them?</translation>
        </message>
        <message>
            <source>Unsaved Notice</source>
            <translation>Unsaved Notice</translation>
        </message>
        <message>
            <source>The notice being edited has changes that are not saved.</source>
            <translation>The notice being edited has changes that are not saved.</translation>
        </message>
        <message>
            <source>Database unreachable</source>
            <translation>Database unreachable</translation>
        </message>
        <message>
            <source>&lt;b&gt;The database cannot be reached since %1.&lt;/b&gt; What you see is the last known state and may be out of date; Leitstand keeps trying to reconnect.&lt;br&gt;%2</source>
            <translation>&lt;b&gt;The database cannot be reached since %1.&lt;/b&gt; What you see is the last known state and may be out of date; Leitstand keeps trying to reconnect.&lt;br&gt;%2</translation>
        </message>
        <message>
            <source>Database: %1 (unreachable, data from %2)</source>
            <translation>Database: %1 (unreachable, data from %2)</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::MaintenanceWindow</name>
        <message>
            <source>must not be empty</source>
            <translation>must not be empty</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>missing</translation>
        </message>
        <message>
            <source>must be a whole minute</source>
            <translation>must be a whole minute</translation>
        </message>
        <message>
            <source>not a known time zone</source>
            <translation>not a known time zone</translation>
        </message>
        <message>
            <source>must be at least 1 minute</source>
            <translation>must be at least 1 minute</translation>
        </message>
        <message>
            <source>must be at most %1 minutes (366 days)</source>
            <translation>must be at most %1 minutes (366 days)</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::MaintenanceWindowFormat</name>
        <message>
            <source>expected a single value</source>
            <translation>expected a single value</translation>
        </message>
        <message>
            <source>expected a list</source>
            <translation>expected a list</translation>
        </message>
        <message>
            <source>expected a whole number such as %1, not '%2'</source>
            <translation>expected a whole number such as %1, not '%2'</translation>
        </message>
        <message>
            <source>unknown weekday '%1'; expected Mo, Tu, We, Th, Fr, Sa or Su</source>
            <translation>unknown weekday '%1'; expected Mo, Tu, We, Th, Fr, Sa or Su</translation>
        </message>
        <message>
            <source>expected none, daily, weekly or monthly, not '%1'</source>
            <translation>expected none, daily, weekly or monthly, not '%1'</translation>
        </message>
        <message>
            <source>%1 is listed twice</source>
            <translation>%1 is listed twice</translation>
        </message>
        <message>
            <source>a weekly window needs at least one weekday</source>
            <translation>a weekly window needs at least one weekday</translation>
        </message>
        <message>
            <source>expected first, second, third, fourth or last, not '%1'</source>
            <translation>expected first, second, third, fourth or last, not '%1'</translation>
        </message>
        <message>
            <source>expected a date such as 2027-06-30, not '%1'</source>
            <translation>expected a date such as 2027-06-30, not '%1'</translation>
        </message>
        <message>
            <source>must be at least 1</source>
            <translation>must be at least 1</translation>
        </message>
        <message>
            <source>unknown key</source>
            <translation>unknown key</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>missing</translation>
        </message>
        <message>
            <source>expected a local date and time such as 2026-12-01T22:00, not '%1'</source>
            <translation>expected a local date and time such as 2026-12-01T22:00, not '%1'</translation>
        </message>
        <message>
            <source>unknown time zone '%1'; expected an IANA name such as Europe/Berlin</source>
            <translation>unknown time zone '%1'; expected an IANA name such as Europe/Berlin</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::MuteMenu</name>
        <message>
            <source>&amp;Notifications</source>
            <translation>&amp;Notifications</translation>
        </message>
        <message>
            <source>Mute for &amp;15 minutes</source>
            <translation>Mute for &amp;15 minutes</translation>
        </message>
        <message>
            <source>Mute for &amp;1 hour</source>
            <translation>Mute for &amp;1 hour</translation>
        </message>
        <message>
            <source>Mute for &amp;4 hours</source>
            <translation>Mute for &amp;4 hours</translation>
        </message>
        <message>
            <source>Mute until &amp;tomorrow 8:00</source>
            <translation>Mute until &amp;tomorrow 8:00</translation>
        </message>
        <message>
            <source>&amp;Resume notifications</source>
            <translation>&amp;Resume notifications</translation>
        </message>
        <message>
            <source>Muted until %1</source>
            <translation>Muted until %1</translation>
        </message>
        <message>
            <source>Notifications are on</source>
            <translation>Notifications are on</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::NewIncidentDialog</name>
        <message>
            <source>New Incident</source>
            <translation>New Incident</translation>
        </message>
        <message>
            <source>What is wrong, in a few words</source>
            <translation>What is wrong, in a few words</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Create</translation>
        </message>
        <message>
            <source>&amp;Service:</source>
            <translation>&amp;Service:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>Se&amp;verity:</source>
            <translation>Se&amp;verity:</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>There is no service yet: add endpoints first.</source>
            <translation>There is no service yet: add endpoints first.</translation>
        </message>
        <message>
            <source>Choose the service that has the problem.</source>
            <translation>Choose the service that has the problem.</translation>
        </message>
        <message>
            <source>Give the incident a title.</source>
            <translation>Give the incident a title.</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::Notice</name>
        <message>
            <source>The German %1 is missing.</source>
            <translation>The German %1 is missing.</translation>
        </message>
        <message>
            <source>The English %1 is missing.</source>
            <translation>The English %1 is missing.</translation>
        </message>
        <message>
            <source>title</source>
            <translation>title</translation>
        </message>
        <message>
            <source>text</source>
            <translation>text</translation>
        </message>
        <message>
            <source>advice for users</source>
            <translation>advice for users</translation>
        </message>
        <message>
            <source>contact hours</source>
            <translation>contact hours</translation>
        </message>
        <message>
            <source>alternative channel</source>
            <translation>alternative channel</translation>
        </message>
        <message>
            <source>The update of %1 needs a German and an English text.</source>
            <translation>The update of %1 needs a German and an English text.</translation>
        </message>
        <message>
            <source>Name at least one affected service.</source>
            <translation>Name at least one affected service.</translation>
        </message>
        <message>
            <source>The start is missing.</source>
            <translation>The start is missing.</translation>
        </message>
        <message>
            <source>The expected end must be after the start.</source>
            <translation>The expected end must be after the start.</translation>
        </message>
        <message>
            <source>Disruption</source>
            <translation>Disruption</translation>
        </message>
        <message>
            <source>Planned maintenance</source>
            <translation>Planned maintenance</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Scheduled</translation>
        </message>
        <message>
            <source>Investigating</source>
            <translation>Investigating</translation>
        </message>
        <message>
            <source>Identified</source>
            <translation>Identified</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Monitoring</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::NoticeEditor</name>
        <message>
            <source>Reading what is online now…</source>
            <translation>Reading what is online now…</translation>
        </message>
        <message>
            <source>No feed server is configured, so there is nothing online to compare with.</source>
            <translation>No feed server is configured, so there is nothing online to compare with.</translation>
        </message>
        <message>
            <source>What is online cannot be compared: %1</source>
            <translation>What is online cannot be compared: %1</translation>
        </message>
        <message>
            <source>online/%1</source>
            <translation>online/%1</translation>
        </message>
        <message>
            <source>preview/%1</source>
            <translation>preview/%1</translation>
        </message>
        <message>
            <source>Publishing would change nothing in %1.</source>
            <translation>Publishing would change nothing in %1.</translation>
        </message>
        <message>
            <source>What publishing would change in %1:</source>
            <translation>What publishing would change in %1:</translation>
        </message>
        <message>
            <source>You changed the German text but not the English one: check that both still say the same.</source>
            <translation>You changed the German text but not the English one: check that both still say the same.</translation>
        </message>
        <message>
            <source>You changed the English text but not the German one: check that both still say the same.</source>
            <translation>You changed the English text but not the German one: check that both still say the same.</translation>
        </message>
        <message>
            <source>The English text is older than the German one (changed %1, the German %2): check that it still says the same.</source>
            <translation>The English text is older than the German one (changed %1, the German %2): check that it still says the same.</translation>
        </message>
        <message>
            <source>The German text is older than the English one (changed %1, the English %2): check that it still says the same.</source>
            <translation>The German text is older than the English one (changed %1, the English %2): check that it still says the same.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>Asking for publication…</source>
            <translation>Asking for publication…</translation>
        </message>
        <message>
            <source>Asking for withdrawal…</source>
            <translation>Asking for withdrawal…</translation>
        </message>
        <message>
            <source>Saved as revision %1.</source>
            <translation>Saved as revision %1.</translation>
        </message>
        <message>
            <source>Withdrawal of revision %1 requested; the status feed follows shortly.</source>
            <translation>Withdrawal of revision %1 requested; the status feed follows shortly.</translation>
        </message>
        <message>
            <source>Publication of revision %1 requested; the status feed follows shortly.</source>
            <translation>Publication of revision %1 requested; the status feed follows shortly.</translation>
        </message>
        <message>
            <source>An update needs a German and an English text.</source>
            <translation>An update needs a German and an English text.</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Warning: %1</translation>
        </message>
        <message>
            <source>Not ready to publish: %1</source>
            <translation>Not ready to publish: %1</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Notice</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>&amp;Document:</source>
            <translation>&amp;Document:</translation>
        </message>
        <message>
            <source>&amp;Compare with online</source>
            <translation>&amp;Compare with online</translation>
        </message>
        <message>
            <source>As it will be published:</source>
            <translation>As it will be published:</translation>
        </message>
        <message>
            <source>Changes against what is online now:</source>
            <translation>Changes against what is online now:</translation>
        </message>
        <message>
            <source>Document to preview</source>
            <translation>Document to preview</translation>
        </message>
        <message>
            <source>Compare with what is online</source>
            <translation>Compare with what is online</translation>
        </message>
        <message>
            <source>The document as it will be published</source>
            <translation>The document as it will be published</translation>
        </message>
        <message>
            <source>Changes against what is online, as a unified diff</source>
            <translation>Changes against what is online, as a unified diff</translation>
        </message>
        <message>
            <source>Comparison with what is online</source>
            <translation>Comparison with what is online</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>Severit&amp;y:</source>
            <translation>Severit&amp;y:</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>&amp;Start:</translation>
        </message>
        <message>
            <source>Expected e&amp;nd:</source>
            <translation>Expected e&amp;nd:</translation>
        </message>
        <message>
            <source>Affected serv&amp;ices:</source>
            <translation>Affected serv&amp;ices:</translation>
        </message>
        <message>
            <source>German</source>
            <translation>German</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>Te&amp;xt:</translation>
        </message>
        <message>
            <source>What &amp;users can do:</source>
            <translation>What &amp;users can do:</translation>
        </message>
        <message>
            <source>Contact &amp;hours:</source>
            <translation>Contact &amp;hours:</translation>
        </message>
        <message>
            <source>&amp;Alternative channel:</source>
            <translation>&amp;Alternative channel:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Phone:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <source>Updates:</source>
            <translation>Updates:</translation>
        </message>
        <message>
            <source>New update:</source>
            <translation>New update:</translation>
        </message>
        <message>
            <source>A&amp;dd update</source>
            <translation>A&amp;dd update</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>Sa&amp;ve</translation>
        </message>
        <message>
            <source>P&amp;ublish</source>
            <translation>P&amp;ublish</translation>
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Withdraw</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Kind of notice</source>
            <translation>Kind of notice</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Start, local time</source>
            <translation>Start, local time</translation>
        </message>
        <message>
            <source>Expected end known</source>
            <translation>Expected end known</translation>
        </message>
        <message>
            <source>Expected end, local time</source>
            <translation>Expected end, local time</translation>
        </message>
        <message>
            <source>Affected services</source>
            <translation>Affected services</translation>
        </message>
        <message>
            <source>German title</source>
            <translation>German title</translation>
        </message>
        <message>
            <source>English title</source>
            <translation>English title</translation>
        </message>
        <message>
            <source>German text</source>
            <translation>German text</translation>
        </message>
        <message>
            <source>English text</source>
            <translation>English text</translation>
        </message>
        <message>
            <source>What users can do, in German</source>
            <translation>What users can do, in German</translation>
        </message>
        <message>
            <source>What users can do, in English</source>
            <translation>What users can do, in English</translation>
        </message>
        <message>
            <source>Contact hours, in German</source>
            <translation>Contact hours, in German</translation>
        </message>
        <message>
            <source>Contact hours, in English</source>
            <translation>Contact hours, in English</translation>
        </message>
        <message>
            <source>Alternative channel, in German</source>
            <translation>Alternative channel, in German</translation>
        </message>
        <message>
            <source>Alternative channel, in English</source>
            <translation>Alternative channel, in English</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>Contact phone</translation>
        </message>
        <message>
            <source>Contact e-mail</source>
            <translation>Contact e-mail</translation>
        </message>
        <message>
            <source>Updates</source>
            <translation>Updates</translation>
        </message>
        <message>
            <source>Phase of the new update</source>
            <translation>Phase of the new update</translation>
        </message>
        <message>
            <source>German text of the new update</source>
            <translation>German text of the new update</translation>
        </message>
        <message>
            <source>English text of the new update</source>
            <translation>English text of the new update</translation>
        </message>
        <message>
            <source>Add update</source>
            <translation>Add update</translation>
        </message>
        <message>
            <source>Save notice</source>
            <translation>Save notice</translation>
        </message>
        <message>
            <source>Publish notice</source>
            <translation>Publish notice</translation>
        </message>
        <message>
            <source>Withdraw notice</source>
            <translation>Withdraw notice</translation>
        </message>
        <message>
            <source>Language warning</source>
            <translation>Language warning</translation>
        </message>
        <message>
            <source>Why the notice cannot be published yet</source>
            <translation>Why the notice cannot be published yet</translation>
        </message>
        <message>
            <source>Notice status</source>
            <translation>Notice status</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::NoticeListModel</name>
        <message>
            <source>(no title yet)</source>
            <translation>(no title yet)</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Withdrawal pending</source>
            <translation>Withdrawal pending</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>Failed, retrying at %1</source>
            <translation>Failed, retrying at %1</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>Published; later changes not yet</source>
            <translation>Published; later changes not yet</translation>
        </message>
        <message>
            <source>The server said: %1</source>
            <translation>The server said: %1</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Publication</source>
            <translation>Publication</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::NoticeRepository</name>
        <message>
            <source>Notice %1 in the database cannot be read: %2</source>
            <translation>Notice %1 in the database cannot be read: %2</translation>
        </message>
        <message>
            <source>Cannot read the notices: %1</source>
            <translation>Cannot read the notices: %1</translation>
        </message>
        <message>
            <source>Cannot store the notice: %1</source>
            <translation>Cannot store the notice: %1</translation>
        </message>
        <message>
            <source>it was deleted meanwhile</source>
            <translation>it was deleted meanwhile</translation>
        </message>
        <message>
            <source>%1 changed it at %2; reload it and apply your change again</source>
            <translation>%1 changed it at %2; reload it and apply your change again</translation>
        </message>
        <message>
            <source>someone else</source>
            <translation>someone else</translation>
        </message>
        <message>
            <source>Cannot publish the notice: %1</source>
            <translation>Cannot publish the notice: %1</translation>
        </message>
        <message>
            <source>it does not exist</source>
            <translation>it does not exist</translation>
        </message>
        <message>
            <source>it was withdrawn</source>
            <translation>it was withdrawn</translation>
        </message>
        <message>
            <source>it is withdrawn already</source>
            <translation>it is withdrawn already</translation>
        </message>
        <message>
            <source>Cannot read the publication outbox: %1</source>
            <translation>Cannot read the publication outbox: %1</translation>
        </message>
        <message>
            <source>Cannot record the publication: %1</source>
            <translation>Cannot record the publication: %1</translation>
        </message>
        <message>
            <source>Cannot record the failed publication: %1</source>
            <translation>Cannot record the failed publication: %1</translation>
        </message>
        <message>
            <source>Cannot read the publication audit log: %1</source>
            <translation>Cannot read the publication audit log: %1</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::NoticesDock</name>
        <message>
            <source>Unsaved Notice</source>
            <translation>Unsaved Notice</translation>
        </message>
        <message>
            <source>The notice being edited has changes that are not saved. Discard them?</source>
            <translation>The notice being edited has changes that are not saved. Discard them?</translation>
        </message>
        <message>
            <source>No feed server is set up: notices are saved, and what is published waits in the outbox until one is.</source>
            <translation>No feed server is set up: notices are saved, and what is published waits in the outbox until one is.</translation>
        </message>
        <message>
            <source>The feed server settings cannot be used: %1</source>
            <translation>The feed server settings cannot be used: %1</translation>
        </message>
        <message>
            <source>Notices are published to %1.</source>
            <translation>Notices are published to %1.</translation>
        </message>
        <message>
            <source>The last attempt failed: %1</source>
            <translation>The last attempt failed: %1</translation>
        </message>
        <message>
            <source>Notices</source>
            <translation>Notices</translation>
        </message>
        <message>
            <source>&amp;Feed Server…</source>
            <translation>&amp;Feed Server…</translation>
        </message>
        <message>
            <source>Where the status feed is published, and how to log in</source>
            <translation>Where the status feed is published, and how to log in</translation>
        </message>
        <message>
            <source>&amp;New Notice</source>
            <translation>&amp;New Notice</translation>
        </message>
        <message>
            <source>Start a notice for the public from the template of its kind</source>
            <translation>Start a notice for the public from the template of its kind</translation>
        </message>
        <message>
            <source>New notice</source>
            <translation>New notice</translation>
        </message>
        <message>
            <source>Feed server</source>
            <translation>Feed server</translation>
        </message>
        <message>
            <source>Choose a notice in the list to edit it, or start one with New Notice or, for an incident, with Notice for Users in its detail.</source>
            <translation>Choose a notice in the list to edit it, or start one with New Notice or, for an incident, with Notice for Users in its detail.</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::OnlineFeedReader</name>
        <message>
            <source>Cannot read %1 from the feed server: %2</source>
            <translation>Cannot read %1 from the feed server: %2</translation>
        </message>
        <message>
            <source>The status.json on the feed server is not valid: %1</source>
            <translation>The status.json on the feed server is not valid: %1</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::PublicHoliday</name>
        <message>
            <source>New Year's Day</source>
            <translation>New Year's Day</translation>
        </message>
        <message>
            <source>Epiphany</source>
            <translation>Epiphany</translation>
        </message>
        <message>
            <source>International Women's Day</source>
            <translation>International Women's Day</translation>
        </message>
        <message>
            <source>Good Friday</source>
            <translation>Good Friday</translation>
        </message>
        <message>
            <source>Easter Sunday</source>
            <translation>Easter Sunday</translation>
        </message>
        <message>
            <source>Easter Monday</source>
            <translation>Easter Monday</translation>
        </message>
        <message>
            <source>Labour Day</source>
            <translation>Labour Day</translation>
        </message>
        <message>
            <source>Day of Liberation</source>
            <translation>Day of Liberation</translation>
        </message>
        <message>
            <source>Ascension Day</source>
            <translation>Ascension Day</translation>
        </message>
        <message>
            <source>Whit Sunday</source>
            <translation>Whit Sunday</translation>
        </message>
        <message>
            <source>Whit Monday</source>
            <translation>Whit Monday</translation>
        </message>
        <message>
            <source>Corpus Christi</source>
            <translation>Corpus Christi</translation>
        </message>
        <message>
            <source>Assumption Day</source>
            <translation>Assumption Day</translation>
        </message>
        <message>
            <source>World Children's Day</source>
            <translation>World Children's Day</translation>
        </message>
        <message>
            <source>German Unity Day</source>
            <translation>German Unity Day</translation>
        </message>
        <message>
            <source>Reformation Day</source>
            <translation>Reformation Day</translation>
        </message>
        <message>
            <source>All Saints' Day</source>
            <translation>All Saints' Day</translation>
        </message>
        <message>
            <source>Day of Prayer and Repentance</source>
            <translation>Day of Prayer and Repentance</translation>
        </message>
        <message>
            <source>Christmas Day</source>
            <translation>Christmas Day</translation>
        </message>
        <message>
            <source>Second Day of Christmas</source>
            <translation>Second Day of Christmas</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::PublicationQueue</name>
        <message>
            <source>No password or token for the feed server is stored; set it with leitstand secret set %1.</source>
            <translation>No password or token for the feed server is stored; set it with leitstand secret set %1.</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::RecentSampleQuery</name>
        <message>
            <source>Cannot read the latest results: %1</source>
            <translation>Cannot read the latest results: %1</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::RecurrenceRule</name>
        <message>
            <source>must be at least 1</source>
            <translation>must be at least 1</translation>
        </message>
        <message>
            <source>only for a repeating window</source>
            <translation>only for a repeating window</translation>
        </message>
        <message>
            <source>a weekly window needs at least one weekday</source>
            <translation>a weekly window needs at least one weekday</translation>
        </message>
        <message>
            <source>only for repeat: weekly</source>
            <translation>only for repeat: weekly</translation>
        </message>
        <message>
            <source>a monthly window needs a day of the month, or a weekday and a week</source>
            <translation>a monthly window needs a day of the month, or a weekday and a week</translation>
        </message>
        <message>
            <source>excludes weekday and week</source>
            <translation>excludes weekday and week</translation>
        </message>
        <message>
            <source>only for repeat: monthly</source>
            <translation>only for repeat: monthly</translation>
        </message>
        <message>
            <source>must be between 1 and 31</source>
            <translation>must be between 1 and 31</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>missing</translation>
        </message>
        <message>
            <source>must be first, second, third, fourth or last</source>
            <translation>must be first, second, third, fourth or last</translation>
        </message>
        <message>
            <source>is before the start</source>
            <translation>is before the start</translation>
        </message>
        <message>
            <source>excludes until</source>
            <translation>excludes until</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::Retention</name>
        <message>
            <source>Cannot remove old samples: %1</source>
            <translation>Cannot remove old samples: %1</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::RunbookPane</name>
        <message>
            <source>Your unsaved changes are back.</source>
            <translation>Your unsaved changes are back.</translation>
        </message>
        <message>
            <source>The text is the same as version %1's; no new version was saved.</source>
            <translation>The text is the same as version %1's; no new version was saved.</translation>
        </message>
        <message>
            <source>Version %1 restored as version %2.</source>
            <translation>Version %1 restored as version %2.</translation>
        </message>
        <message>
            <source>Saved as version %1.</source>
            <translation>Saved as version %1.</translation>
        </message>
        <message>
            <source>%1 saved version %2 meanwhile, so nothing was restored. Look at the latest version first, then restore again if it is still needed.</source>
            <translation>%1 saved version %2 meanwhile, so nothing was restored. Look at the latest version first, then restore again if it is still needed.</translation>
        </message>
        <message>
            <source>Someone</source>
            <translation>Someone</translation>
        </message>
        <message>
            <source>Discard Changes</source>
            <translation>Discard Changes</translation>
        </message>
        <message>
            <source>Discard your changes to the runbook of %1?</source>
            <translation>Discard your changes to the runbook of %1?</translation>
        </message>
        <message>
            <source>What you wrote since you started editing is lost.</source>
            <translation>What you wrote since you started editing is lost.</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Discard</translation>
        </message>
        <message>
            <source>&amp;Keep Editing</source>
            <translation>&amp;Keep Editing</translation>
        </message>
        <message>
            <source>%1 saved version %2 meanwhile; your text is not saved yet.</source>
            <translation>%1 saved version %2 meanwhile; your text is not saved yet.</translation>
        </message>
        <message>
            <source>Runbook Changed Meanwhile</source>
            <translation>Runbook Changed Meanwhile</translation>
        </message>
        <message>
            <source>%1 saved version %2 of this runbook on %3, after you started editing.</source>
            <translation>%1 saved version %2 of this runbook on %3, after you started editing.</translation>
        </message>
        <message>
            <source>Your text is not saved yet. Their text is under Show Details. Save yours on top of theirs, or keep editing to bring the two together.</source>
            <translation>Your text is not saved yet. Their text is under Show Details. Save yours on top of theirs, or keep editing to bring the two together.</translation>
        </message>
        <message>
            <source>&amp;Save Mine as Version %1</source>
            <translation>&amp;Save Mine as Version %1</translation>
        </message>
        <message>
            <source>unknown author</source>
            <translation>unknown author</translation>
        </message>
        <message>
            <source>Version %1 (latest) – %2, %3</source>
            <translation>Version %1 (latest) – %2, %3</translation>
        </message>
        <message>
            <source>Version %1 – %2, %3</source>
            <translation>Version %1 – %2, %3</translation>
        </message>
        <message>
            <source>Runbook of %1</source>
            <translation>Runbook of %1</translation>
        </message>
        <message>
            <source>Runbook</source>
            <translation>Runbook</translation>
        </message>
        <message>
            <source>No service chosen.</source>
            <translation>No service chosen.</translation>
        </message>
        <message>
            <source>Loading the runbook…</source>
            <translation>Loading the runbook…</translation>
        </message>
        <message>
            <source>No runbook yet — write the first version: how to tell what is wrong, whom to call, and the steps that bring the service back.</source>
            <translation>No runbook yet — write the first version: how to tell what is wrong, whom to call, and the steps that bring the service back.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>Writing the first version.</source>
            <translation>Writing the first version.</translation>
        </message>
        <message>
            <source>Editing version %1; saving stores version %2.</source>
            <translation>Editing version %1; saving stores version %2.</translation>
        </message>
        <message>
            <source>Loading the version…</source>
            <translation>Loading the version…</translation>
        </message>
        <message>
            <source>This is an older version, shown read-only; the latest is version %1.</source>
            <translation>This is an older version, shown read-only; the latest is version %1.</translation>
        </message>
        <message>
            <source>Version %1, saved on %2.</source>
            <translation>Version %1, saved on %2.</translation>
        </message>
        <message>
            <source>Version %1, saved by %2 on %3.</source>
            <translation>Version %1, saved by %2 on %3.</translation>
        </message>
        <message>
            <source>&amp;Version:</source>
            <translation>&amp;Version:</translation>
        </message>
        <message>
            <source>Runbook version</source>
            <translation>Runbook version</translation>
        </message>
        <message>
            <source>Choose an older version to read it or to restore it</source>
            <translation>Choose an older version to read it or to restore it</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>Edit the latest version of the runbook</source>
            <translation>Edit the latest version of the runbook</translation>
        </message>
        <message>
            <source>&amp;Restore This Version</source>
            <translation>&amp;Restore This Version</translation>
        </message>
        <message>
            <source>Save the version shown as the newest version; nothing is deleted</source>
            <translation>Save the version shown as the newest version; nothing is deleted</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Save the text as a new version (Ctrl+S)</source>
            <translation>Save the text as a new version (Ctrl+S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Stop editing; asks before discarding changes</source>
            <translation>Stop editing; asks before discarding changes</translation>
        </message>
        <message>
            <source>&amp;Write the First Version</source>
            <translation>&amp;Write the First Version</translation>
        </message>
        <message>
            <source>Runbook text in Markdown</source>
            <translation>Runbook text in Markdown</translation>
        </message>
        <message>
            <source># starts a heading, 1. a numbered step, | a table row, ``` a code block. Tab moves on to the preview.</source>
            <translation># starts a heading, 1. a numbered step, | a table row, ``` a code block. Tab moves on to the preview.</translation>
        </message>
        <message>
            <source># What to check first

1. …</source>
            <translation># What to check first

1. …</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>The runbook as it will be shown, updated while you type</source>
            <translation>The runbook as it will be shown, updated while you type</translation>
        </message>
        <message>
            <source>Runbook status</source>
            <translation>Runbook status</translation>
        </message>
        <message>
            <source>Runbooks Not Saved</source>
            <translation>Runbooks Not Saved</translation>
        </message>
        <message>
            <source>These changes to runbooks were not saved; your text is kept:</source>
            <translation>These changes to runbooks were not saved; your text is kept:</translation>
        </message>
        <message>
            <source>%1: %2 saved version %3 meanwhile.</source>
            <translation>%1: %2 saved version %3 meanwhile.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::RunbookRepository</name>
        <message>
            <source>The runbook is too long: %1 characters, at most %2 are kept.</source>
            <translation>The runbook is too long: %1 characters, at most %2 are kept.</translation>
        </message>
        <message>
            <source>Cannot save the runbook: %1</source>
            <translation>Cannot save the runbook: %1</translation>
        </message>
        <message>
            <source>Cannot save the runbook: there is no service with id %1.</source>
            <translation>Cannot save the runbook: there is no service with id %1.</translation>
        </message>
        <message>
            <source>Cannot read the runbook: %1</source>
            <translation>Cannot read the runbook: %1</translation>
        </message>
        <message>
            <source>Cannot read the runbook's versions: %1</source>
            <translation>Cannot read the runbook's versions: %1</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::RunbookStore</name>
        <message>
            <source>Version %1 of the runbook does not exist.</source>
            <translation>Version %1 of the runbook does not exist.</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::SampleQuery</name>
        <message>
            <source>Cannot read the chart data: %1</source>
            <translation>Cannot read the chart data: %1</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::SampleStore</name>
        <message>
            <source>Cannot store samples: %1</source>
            <translation>Cannot store samples: %1</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::SampleWriterWorker</name>
        <message>
            <source>Cannot reach the database %1: %2</source>
            <translation>Cannot reach the database %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::SecretStore</name>
        <message>
            <source>Cannot read the secret %1 from the secret store: %2</source>
            <translation>Cannot read the secret %1 from the secret store: %2</translation>
        </message>
        <message>
            <source>Cannot store the secret %1 in the secret store: %2</source>
            <translation>Cannot store the secret %1 in the secret store: %2</translation>
        </message>
        <message>
            <source>Cannot remove the secret %1 from the secret store: %2</source>
            <translation>Cannot remove the secret %1 from the secret store: %2</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::ServiceCatalogModel</name>
        <message>
            <source>%1 (%2)</source>
            <comment>on-call contact: name (phone)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Nobody is on call for %1</source>
            <translation>Nobody is on call for %1</translation>
        </message>
        <message>
            <source>Available %1 of the service hours</source>
            <translation>Available %1 of the service hours</translation>
        </message>
        <message>
            <source>No availability target</source>
            <translation>No availability target</translation>
        </message>
        <message>
            <source>No endpoint measures %1</source>
            <translation>No endpoint measures %1</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Responsible team</source>
            <translation>Responsible team</translation>
        </message>
        <message>
            <source>On call</source>
            <translation>On call</translation>
        </message>
        <message>
            <source>Depends on</source>
            <translation>Depends on</translation>
        </message>
        <message>
            <source>Needed by</source>
            <translation>Needed by</translation>
        </message>
        <message>
            <source>Service hours</source>
            <translation>Service hours</translation>
        </message>
        <message>
            <source>Availability target</source>
            <translation>Availability target</translation>
        </message>
        <message>
            <source>Endpoints</source>
            <translation>Endpoints</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::ServiceHours</name>
        <message>
            <source>the time zone is not valid</source>
            <translation>the time zone is not valid</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::StatusFeed</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>"%1" is missing</source>
            <translation>"%1" is missing</translation>
        </message>
        <message>
            <source>expected a string</source>
            <translation>expected a string</translation>
        </message>
        <message>
            <source>expected an object</source>
            <translation>expected an object</translation>
        </message>
        <message>
            <source>expected a list</source>
            <translation>expected a list</translation>
        </message>
        <message>
            <source>expected a time with its offset such as 2026-11-29T12:00:00Z</source>
            <translation>expected a time with its offset such as 2026-11-29T12:00:00Z</translation>
        </message>
        <message>
            <source>expected a UUID, not "%1"</source>
            <translation>expected a UUID, not "%1"</translation>
        </message>
        <message>
            <source>expected a whole number of at least 1</source>
            <translation>expected a whole number of at least 1</translation>
        </message>
        <message>
            <source>unknown kind "%1"</source>
            <translation>unknown kind "%1"</translation>
        </message>
        <message>
            <source>unknown severity "%1"</source>
            <translation>unknown severity "%1"</translation>
        </message>
        <message>
            <source>unknown status "%1"</source>
            <translation>unknown status "%1"</translation>
        </message>
        <message>
            <source>status.json is not JSON: %1 at byte %2</source>
            <translation>status.json is not JSON: %1 at byte %2</translation>
        </message>
        <message>
            <source>status.json is not a JSON object</source>
            <translation>status.json is not a JSON object</translation>
        </message>
        <message>
            <source>status.json follows the schema "%1"; this Leitstand reads "%2"</source>
            <translation>status.json follows the schema "%1"; this Leitstand reads "%2"</translation>
        </message>
        <message>
            <source>unknown state "%1"</source>
            <translation>unknown state "%1"</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::TeamChannel</name>
        <message>
            <source>%1: expected an http(s) URL, not "%2"</source>
            <translation>%1: expected an http(s) URL, not "%2"</translation>
        </message>
        <message>
            <source>room: expected a Matrix room id such as !abc:example.org, not "%1"</source>
            <translation>room: expected a Matrix room id such as !abc:example.org, not "%1"</translation>
        </message>
        <message>
            <source>kind: expected webhook or matrix, not "%1"</source>
            <translation>kind: expected webhook or matrix, not "%1"</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::TeamNotifier</name>
        <message>
            <source>The notification channel of team %1 is not usable: %2</source>
            <translation>The notification channel of team %1 is not usable: %2</translation>
        </message>
        <message>
            <source>No token is stored under %1 in the secret store.</source>
            <translation>No token is stored under %1 in the secret store.</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::TimeChart</name>
        <message>
            <source>Scroll the mouse wheel to zoom around the pointer, drag to move in time, drag with Shift or the right mouse button to zoom to a span, and double-click to go back to the chosen range. With the keyboard: Left and Right move, + and - zoom, 0 goes back.</source>
            <translation>Scroll the mouse wheel to zoom around the pointer, drag to move in time, drag with Shift or the right mouse button to zoom to a span, and double-click to go back to the chosen range. With the keyboard: Left and Right move, + and - zoom, 0 goes back.</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::TrayIcon</name>
        <message>
            <source>Leitstand: %1, %2</source>
            <comment>tray tooltip: down, degraded</comment>
            <translation>Leitstand: %1, %2</translation>
        </message>
        <message numerus="yes">
            <source>%n down</source>
            <translation>
                <numerusform>%n down</numerusform>
                <numerusform>%n down</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n degraded</source>
            <translation>
                <numerusform>%n degraded</numerusform>
                <numerusform>%n degraded</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Show or Hide Leitstand</source>
            <translation>&amp;Show or Hide Leitstand</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::UptimeQuery</name>
        <message>
            <source>Cannot compute the uptime: %1</source>
            <translation>Cannot compute the uptime: %1</translation>
        </message>
        <message>
            <source>There is no endpoint with id %1.</source>
            <translation>There is no endpoint with id %1.</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::WebDavClient</name>
        <message>
            <source>The server's answer is larger than %1 MiB.</source>
            <translation>The server's answer is larger than %1 MiB.</translation>
        </message>
        <message>
            <source>The server did not answer within %1 seconds.</source>
            <translation>The server did not answer within %1 seconds.</translation>
        </message>
        <message>
            <source>No answer from %1: %2</source>
            <translation>No answer from %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::WeeklyHours</name>
        <message>
            <source>%1: expected weekdays such as Mo-Fr or Sa,So</source>
            <translation>%1: expected weekdays such as Mo-Fr or Sa,So</translation>
        </message>
        <message>
            <source>%1: unknown weekday %2; expected one of Mo, Di, Mi, Do, Fr, Sa, So</source>
            <translation>%1: unknown weekday %2; expected one of Mo, Di, Mi, Do, Fr, Sa, So</translation>
        </message>
        <message>
            <source>%1: a range of weekdays must run forwards from Mo to So</source>
            <translation>%1: a range of weekdays must run forwards from Mo to So</translation>
        </message>
        <message>
            <source>%1: %2 is given more than once</source>
            <translation>%1: %2 is given more than once</translation>
        </message>
        <message>
            <source>%1: expected a time range such as 08:00-17:00</source>
            <translation>%1: expected a time range such as 08:00-17:00</translation>
        </message>
        <message>
            <source>%1: %2 is not a time of day</source>
            <translation>%1: %2 is not a time of day</translation>
        </message>
        <message>
            <source>%1: 24:00 can only end a range</source>
            <translation>%1: 24:00 can only end a range</translation>
        </message>
        <message>
            <source>%1: write the end of the day as 24:00</source>
            <translation>%1: write the end of the day as 24:00</translation>
        </message>
        <message>
            <source>%1: the range is empty</source>
            <translation>%1: the range is empty</translation>
        </message>
        <message>
            <source>%1: %2 overlaps %3</source>
            <translation>%1: %2 overlaps %3</translation>
        </message>
        <message>
            <source>no service hours given; write 24/7 for always</source>
            <translation>no service hours given; write 24/7 for always</translation>
        </message>
        <message>
            <source>a rule is empty; remove the extra semicolon</source>
            <translation>a rule is empty; remove the extra semicolon</translation>
        </message>
        <message>
            <source>24/7 cannot be combined with other rules</source>
            <translation>24/7 cannot be combined with other rules</translation>
        </message>
        <message>
            <source>%1: expected weekdays and times, such as Mo-Fr 08:00-17:00</source>
            <translation>%1: expected weekdays and times, such as Mo-Fr 08:00-17:00</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::YamlFileReader</name>
        <message>
            <source>cannot read the file: %1</source>
            <translation>cannot read the file: %1</translation>
        </message>
        <message>
            <source>YAML syntax error: %1</source>
            <translation>YAML syntax error: %1</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>the file is empty</translation>
        </message>
        <message>
            <source>a second YAML document; a file holds only one</source>
            <translation>a second YAML document; a file holds only one</translation>
        </message>
        <message>
            <source>version %1 is not supported; this Leitstand reads version %2</source>
            <translation>version %1 is not supported; this Leitstand reads version %2</translation>
        </message>
        <message>
            <source>expected a mapping of keys and values</source>
            <translation>expected a mapping of keys and values</translation>
        </message>
        <message>
            <source>a key must be a word</source>
            <translation>a key must be a word</translation>
        </message>
        <message>
            <source>the key appears more than once</source>
            <translation>the key appears more than once</translation>
        </message>
        <message>
            <source>unknown key; expected one of %1</source>
            <translation>unknown key; expected one of %1</translation>
        </message>
        <message>
            <source>unknown key; did you mean "%1"?</source>
            <translation>unknown key; did you mean "%1"?</translation>
        </message>
        <message>
            <source>this key is required</source>
            <translation>this key is required</translation>
        </message>
        <message>
            <source>expected a single value, not a list or mapping</source>
            <translation>expected a single value, not a list or mapping</translation>
        </message>
        <message>
            <source>expected a whole number</source>
            <translation>expected a whole number</translation>
        </message>
        <message>
            <source>must be at least %1</source>
            <translation>must be at least %1</translation>
        </message>
        <message>
            <source>expected true or false</source>
            <translation>expected true or false</translation>
        </message>
    </context>
    <context>
        <name>NoticeCommand</name>
        <message>
            <source>no feed server is configured; set one up with leitstand feed configure --url URL</source>
            <translation>no feed server is configured; set one up with leitstand feed configure --url URL</translation>
        </message>
        <message>
            <source>standard input</source>
            <translation>standard input</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>cannot read %1: %2</translation>
        </message>
        <message>
            <source>%1 is not JSON: %2 at byte %3</source>
            <translation>%1 is not JSON: %2 at byte %3</translation>
        </message>
        <message>
            <source>%1 holds no JSON object, so no notice</source>
            <translation>%1 holds no JSON object, so no notice</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>the feed server did not answer within %n second(s)</source>
            <translation>
                <numerusform>the feed server did not answer within %n second</numerusform>
                <numerusform>the feed server did not answer within %n seconds</numerusform>
            </translation>
        </message>
        <message>
            <source>the publication was not attempted</source>
            <translation>the publication was not attempted</translation>
        </message>
        <message>
            <source>the withdrawal of notice %1 (revision %2) is not in the feed yet: %3</source>
            <translation>the withdrawal of notice %1 (revision %2) is not in the feed yet: %3</translation>
        </message>
        <message>
            <source>notice %1 (revision %2) is not in the feed yet: %3</source>
            <translation>notice %1 (revision %2) is not in the feed yet: %3</translation>
        </message>
        <message>
            <source>the publication stays in the outbox of %1; the console retries it while it runs, as does the next leitstand notice publish</source>
            <translation>the publication stays in the outbox of %1; the console retries it while it runs, as does the next leitstand notice publish</translation>
        </message>
        <message>
            <source>%1 revision %2 withdrawn: %3</source>
            <translation>%1 revision %2 withdrawn: %3</translation>
        </message>
        <message>
            <source>%1 revision %2 published: %3</source>
            <translation>%1 revision %2 published: %3</translation>
        </message>
        <message>
            <source>%1; nothing was stored</source>
            <translation>%1; nothing was stored</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) in the notice; nothing was stored</source>
            <translation>
                <numerusform>%n problem in the notice; nothing was stored</numerusform>
                <numerusform>%n problems in the notice; nothing was stored</numerusform>
            </translation>
        </message>
        <message>
            <source>notice %1 was withdrawn and cannot be published again; give the notice a new id</source>
            <translation>notice %1 was withdrawn and cannot be published again; give the notice a new id</translation>
        </message>
        <message>
            <source>there is no notice %1 in %2</source>
            <translation>there is no notice %1 in %2</translation>
        </message>
        <message>
            <source>notice %1 is withdrawn already</source>
            <translation>notice %1 is withdrawn already</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>draft</translation>
        </message>
        <message>
            <source>withdrawn %1</source>
            <translation>withdrawn %1</translation>
        </message>
        <message>
            <source>published %1</source>
            <translation>published %1</translation>
        </message>
        <message>
            <source>pending since %1</source>
            <translation>pending since %1</translation>
        </message>
        <message numerus="yes">
            <source>pending, %n attempt(s) failed, next %1: %2</source>
            <translation>
                <numerusform>pending, %n attempt failed, next %1: %2</numerusform>
                <numerusform>pending, %n attempts failed, next %1: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (revision %2)</source>
            <translation>%1 (revision %2)</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>REVISION</source>
            <translation>REVISION</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>KIND</translation>
        </message>
        <message>
            <source>TITLE</source>
            <translation>TITLE</translation>
        </message>
        <message>
            <source>PUBLICATION</source>
            <translation>PUBLICATION</translation>
        </message>
        <message>
            <source>Usage: leitstand notice publish FILE | withdraw ID | list [options]
Publishes or withdraws outage notices in the status feed (docs/status-feed.md); see leitstand notice publish --help.</source>
            <translation>Usage: leitstand notice publish FILE | withdraw ID | list [options]
Publishes or withdraws outage notices in the status feed (docs/status-feed.md); see leitstand notice publish --help.</translation>
        </message>
        <message>
            <source>notice needs publish, withdraw or list; see leitstand notice --help</source>
            <translation>notice needs publish, withdraw or list; see leitstand notice --help</translation>
        </message>
        <message>
            <source>unknown notice command "%1"; use publish, withdraw or list</source>
            <translation>unknown notice command "%1"; use publish, withdraw or list</translation>
        </message>
        <message>
            <source>Stores an outage notice (one notice as status.json holds it, see docs/status-feed.md) as a new notice or the next revision of the one with its id, publishes it to the feed server, and waits for the server's answer. A publication that fails stays in the outbox, where the console retries it.</source>
            <translation>Stores an outage notice (one notice as status.json holds it, see docs/status-feed.md) as a new notice or the next revision of the one with its id, publishes it to the feed server, and waits for the server's answer. A publication that fails stays in the outbox, where the console retries it.</translation>
        </message>
        <message>
            <source>Withdraws a published notice from the status feed and waits for the server's answer.</source>
            <translation>Withdraws a published notice from the status feed and waits for the server's answer.</translation>
        </message>
        <message>
            <source>Lists the notices in the database with the state of their latest publication.</source>
            <translation>Lists the notices in the database with the state of their latest publication.</translation>
        </message>
        <message>
            <source>How long to wait for the feed server, in seconds (default: %1).</source>
            <translation>How long to wait for the feed server, in seconds (default: %1).</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>seconds</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>The notice as JSON; - reads it from standard input.</source>
            <translation>The notice as JSON; - reads it from standard input.</translation>
        </message>
        <message>
            <source>The id of the notice.</source>
            <translation>The id of the notice.</translation>
        </message>
        <message>
            <source>unexpected argument "%1"; see leitstand notice list --help</source>
            <translation>unexpected argument "%1"; see leitstand notice list --help</translation>
        </message>
        <message>
            <source>notice publish needs exactly one FILE; see leitstand notice publish --help</source>
            <translation>notice publish needs exactly one FILE; see leitstand notice publish --help</translation>
        </message>
        <message>
            <source>notice withdraw needs exactly one ID; see leitstand notice withdraw --help</source>
            <translation>notice withdraw needs exactly one ID; see leitstand notice withdraw --help</translation>
        </message>
        <message>
            <source>--timeout needs a whole number of seconds, at least 1, not "%1"</source>
            <translation>--timeout needs a whole number of seconds, at least 1, not "%1"</translation>
        </message>
        <message>
            <source>"%1" is not the id of a notice; see leitstand notice list</source>
            <translation>"%1" is not the id of a notice; see leitstand notice list</translation>
        </message>
        <message>
            <source>nothing was published</source>
            <translation>nothing was published</translation>
        </message>
    </context>
    <context>
        <name>Poller</name>
        <message>
            <source>SERVICE</source>
            <translation>SERVICE</translation>
        </message>
        <message>
            <source>ENDPOINT</source>
            <translation>ENDPOINT</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>KIND</translation>
        </message>
        <message>
            <source>STATE</source>
            <translation>STATE</translation>
        </message>
        <message>
            <source>LATENCY</source>
            <translation>LATENCY</translation>
        </message>
        <message>
            <source>RESULT</source>
            <translation>RESULT</translation>
        </message>
        <message>
            <source>not checked</source>
            <translation>not checked</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>(was %1)</source>
            <translation>(was %1)</translation>
        </message>
        <message>
            <source>status: %1 endpoints scheduled, %2 checks in the last minute, delay p50 %3 ms p99 %4 ms, %5 cycles skipped, %6 samples stored</source>
            <translation>status: %1 endpoints scheduled, %2 checks in the last minute, delay p50 %3 ms p99 %4 ms, %5 cycles skipped, %6 samples stored</translation>
        </message>
        <message>
            <source>Checks the endpoints of a Leitstand database, stores every result and logs state changes. Stops on SIGTERM or SIGINT.</source>
            <translation>Checks the endpoints of a Leitstand database, stores every result and logs state changes. Stops on SIGTERM or SIGINT.</translation>
        </message>
        <message>
            <source>Check every endpoint once, print a table and exit; stores nothing.</source>
            <translation>Check every endpoint once, print a table and exit; stores nothing.</translation>
        </message>
        <message>
            <source>the database %1 holds no endpoints yet; add some with: leitstand import FILE</source>
            <translation>the database %1 holds no endpoints yet; add some with: leitstand import FILE</translation>
        </message>
        <message>
            <source>stopped; %1 samples stored</source>
            <translation>stopped; %1 samples stored</translation>
        </message>
        <message numerus="yes">
            <source>monitoring %n endpoint(s) in %1</source>
            <translation>
                <numerusform>monitoring %n endpoint in %1</numerusform>
                <numerusform>monitoring %n endpoints in %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Log a status line every this many seconds (default: %1).</source>
            <translation>Log a status line every this many seconds (default: %1).</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>seconds</translation>
        </message>
        <message>
            <source>--status-interval expects a whole number of seconds from 1 to %1, not "%2"</source>
            <translation>--status-interval expects a whole number of seconds from 1 to %1, not "%2"</translation>
        </message>
        <message>
            <source>incident %1 opened (%2)</source>
            <translation>incident %1 opened (%2)</translation>
        </message>
        <message>
            <source>incident %1 reopened</source>
            <translation>incident %1 reopened</translation>
        </message>
        <message>
            <source>incident %1 resolved</source>
            <translation>incident %1 resolved</translation>
        </message>
        <message>
            <source>incident %1: likely caused by service %2</source>
            <translation>incident %1: likely caused by service %2</translation>
        </message>
        <message>
            <source>Resolve an incident once all its endpoints have been up this long, e.g. 5m or 90s (default: %1).</source>
            <translation>Resolve an incident once all its endpoints have been up this long, e.g. 5m or 90s (default: %1).</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>duration</translation>
        </message>
        <message>
            <source>--incident-hold expects a duration of at least 1s such as 5m or 90s, not "%1"</source>
            <translation>--incident-hold expects a duration of at least 1s such as 5m or 90s, not "%1"</translation>
        </message>
        <message>
            <source>team notification %1 for incident %2 failed (attempt %3), will retry: %4</source>
            <translation>team notification %1 for incident %2 failed (attempt %3), will retry: %4</translation>
        </message>
        <message>
            <source>team notification %1 for incident %2 delivered by %3</source>
            <translation>team notification %1 for incident %2 delivered by %3</translation>
        </message>
        <message>
            <source>team notification %1 for incident %2 failed for good after %3 attempts: %4</source>
            <translation>team notification %1 for incident %2 failed for good after %3 attempts: %4</translation>
        </message>
        <message>
            <source>On a shared (PostgreSQL) database: how long this poller's claim on its endpoints lasts unless renewed; a poller that dies hands its endpoints on after this long, e.g. 10s (default: %1).</source>
            <translation>On a shared (PostgreSQL) database: how long this poller's claim on its endpoints lasts unless renewed; a poller that dies hands its endpoints on after this long, e.g. 10s (default: %1).</translation>
        </message>
        <message>
            <source>--lease expects a duration of at least 1s such as 10s, not "%1"</source>
            <translation>--lease expects a duration of at least 1s such as 10s, not "%1"</translation>
        </message>
        <message>
            <source>checking the endpoints held so far</source>
            <translation>checking the endpoints held so far</translation>
        </message>
        <message>
            <source>leases renewed again</source>
            <translation>leases renewed again</translation>
        </message>
        <message numerus="yes">
            <source>poller %1 checks %n endpoint(s); pollers sharing the work: %2</source>
            <translation>
                <numerusform>poller %1 checks %n endpoint; pollers sharing the work: %2</numerusform>
                <numerusform>poller %1 checks %n endpoints; pollers sharing the work: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>checking on and keeping the results</source>
            <translation>checking on and keeping the results</translation>
        </message>
        <message numerus="yes">
            <source>database reachable again; %n result(s) kept meanwhile stored</source>
            <translation>
                <numerusform>database reachable again; %n result kept meanwhile stored</numerusform>
                <numerusform>database reachable again; %n results kept meanwhile stored</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) dropped because the buffer was full</source>
            <translation>
                <numerusform>%n result dropped because the buffer was full</numerusform>
                <numerusform>%n results dropped because the buffer was full</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SecretCommand</name>
        <message>
            <source>Secret for %1: </source>
            <translation>Secret for %1: </translation>
        </message>
        <message>
            <source>cannot read standard input: %1</source>
            <translation>cannot read standard input: %1</translation>
        </message>
        <message>
            <source>standard input has more than one line; a secret is one line; nothing was stored</source>
            <translation>standard input has more than one line; a secret is one line; nothing was stored</translation>
        </message>
        <message>
            <source>no secret on standard input; nothing was stored</source>
            <translation>no secret on standard input; nothing was stored</translation>
        </message>
        <message>
            <source>No Secret Service can be reached: there is no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set). Run the command in a desktop session, or start a Secret Service such as gnome-keyring-daemon under dbus-run-session.</source>
            <translation>No Secret Service can be reached: there is no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set). Run the command in a desktop session, or start a Secret Service such as gnome-keyring-daemon under dbus-run-session.</translation>
        </message>
        <message>
            <source>Is a Secret Service (GNOME Keyring, KWallet or KeePassXC) running and unlocked in this session? Leitstand keeps secrets nowhere else.</source>
            <translation>Is a Secret Service (GNOME Keyring, KWallet or KeePassXC) running and unlocked in this session? Leitstand keeps secrets nowhere else.</translation>
        </message>
        <message>
            <source>Keeps a secret, such as a team's notification token, in the platform's secret store (the Secret Service: GNOME Keyring, KWallet, KeePassXC). set reads the secret from standard input, one line, without showing it on a terminal; delete removes it.</source>
            <translation>Keeps a secret, such as a team's notification token, in the platform's secret store (the Secret Service: GNOME Keyring, KWallet, KeePassXC). set reads the secret from standard input, one line, without showing it on a terminal; delete removes it.</translation>
        </message>
        <message>
            <source>The notification token of this team, kept under team/NAME/notifications.</source>
            <translation>The notification token of this team, kept under team/NAME/notifications.</translation>
        </message>
        <message>
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <source>Store or remove the secret.</source>
            <translation>Store or remove the secret.</translation>
        </message>
        <message>
            <source>KEY</source>
            <translation>KEY</translation>
        </message>
        <message>
            <source>Where the secret is kept, such as team/Portal/notifications; not with --team.</source>
            <translation>Where the secret is kept, such as team/Portal/notifications; not with --team.</translation>
        </message>
        <message>
            <source>secret needs an action, set or delete; see leitstand secret --help</source>
            <translation>secret needs an action, set or delete; see leitstand secret --help</translation>
        </message>
        <message>
            <source>unknown action "%1"; use set or delete</source>
            <translation>unknown action "%1"; use set or delete</translation>
        </message>
        <message>
            <source>unexpected argument "%1"; see leitstand secret --help</source>
            <translation>unexpected argument "%1"; see leitstand secret --help</translation>
        </message>
        <message>
            <source>give a KEY or --team, not both</source>
            <translation>give a KEY or --team, not both</translation>
        </message>
        <message>
            <source>secret %1 needs a KEY or --team NAME</source>
            <translation>secret %1 needs a KEY or --team NAME</translation>
        </message>
        <message>
            <source>--team needs the name of a team</source>
            <translation>--team needs the name of a team</translation>
        </message>
        <message>
            <source>the KEY is empty</source>
            <translation>the KEY is empty</translation>
        </message>
        <message>
            <source>Stored the secret %1.</source>
            <translation>Stored the secret %1.</translation>
        </message>
        <message>
            <source>The secret %1 is no longer stored.</source>
            <translation>The secret %1 is no longer stored.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>could not write the screenshot to %1: %2</source>
            <translation>could not write the screenshot to %1: %2</translation>
        </message>
        <message>
            <source>unknown language "%1"; use de, en or system</source>
            <translation>unknown language "%1"; use de, en or system</translation>
        </message>
        <message>
            <source>Leitstand monitors public digital services and their incidents.</source>
            <translation>Leitstand monitors public digital services and their incidents.</translation>
        </message>
        <message>
            <source>Language of the user interface for this run: de, en or system.</source>
            <translation>Language of the user interface for this run: de, en or system.</translation>
        </message>
        <message>
            <source>language</source>
            <translation>language</translation>
        </message>
        <message>
            <source>Render the main window after start-up into a PNG file and exit.</source>
            <translation>Render the main window after start-up into a PNG file and exit.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>file</translation>
        </message>
        <message>
            <source>unexpected argument "%1"; see --help</source>
            <translation>unexpected argument "%1"; see --help</translation>
        </message>
        <message>
            <source>the %1 translation is missing from this build</source>
            <translation>the %1 translation is missing from this build</translation>
        </message>
        <message>
            <source>Leitstand</source>
            <translation>Leitstand</translation>
        </message>
        <message>
            <source>Could not open the database %1:
%2</source>
            <translation>Could not open the database %1:
%2</translation>
        </message>
        <message>
            <source>Use this colour scheme for this run: system, light or dark.</source>
            <translation>Use this colour scheme for this run: system, light or dark.</translation>
        </message>
        <message>
            <source>scheme</source>
            <translation>scheme</translation>
        </message>
        <message>
            <source>unknown colour scheme "%1"; use system, light or dark</source>
            <translation>unknown colour scheme "%1"; use system, light or dark</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <comment>service – endpoint</comment>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>With --screenshot: show the incidents with the most severe open one selected.</source>
            <translation>With --screenshot: show the incidents with the most severe open one selected.</translation>
        </message>
        <message>
            <source>With --screenshot: show the outage notices with the newest selected.</source>
            <translation>With --screenshot: show the outage notices with the newest selected.</translation>
        </message>
        <message>
            <source>The database: an SQLite file, or postgresql://USER@HOST:PORT/DATABASE for one a team shares (default: %1).</source>
            <translation>The database: an SQLite file, or postgresql://USER@HOST:PORT/DATABASE for one a team shares (default: %1).</translation>
        </message>
        <message>
            <source>file|url</source>
            <translation>file|url</translation>
        </message>
        <message>
            <source>connecting without a password: %1</source>
            <translation>connecting without a password: %1</translation>
        </message>
    </context>
</TS>
