<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>CatalogCommand</name>
        <message>
            <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
            <translation>%1 hinzugefügt, %2 geändert, %3 entfernt, %4 unverändert</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) in %1; nothing was imported</source>
            <translation>
                <numerusform>%n Problem in %1; nichts wurde importiert</numerusform>
                <numerusform>%n Probleme in %1; nichts wurde importiert</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: teams: %2; services: %3</source>
            <translation>%1: Teams: %2; Dienste: %3</translation>
        </message>
        <message>
            <source>A dry run: nothing was changed.</source>
            <translation>Ein Probelauf: Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>%1: %2 and %3 written</source>
            <translation>%1: %2 und %3 geschrieben</translation>
        </message>
        <message numerus="yes">
            <source>%n team(s)</source>
            <translation>
                <numerusform>%n Team</numerusform>
                <numerusform>%n Teams</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n service(s)</source>
            <translation>
                <numerusform>%n Dienst</numerusform>
                <numerusform>%n Dienste</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage: leitstand catalog import|export FILE [options]
Reads or writes the service catalog file (docs/catalog-file.md); see leitstand catalog import --help.</source>
            <translation>Aufruf: leitstand catalog import|export DATEI [Optionen]
Liest oder schreibt die Dienstkatalog-Datei (docs/catalog-file.md); siehe leitstand catalog import --help.</translation>
        </message>
        <message>
            <source>catalog needs import or export; see leitstand catalog --help</source>
            <translation>catalog braucht import oder export; siehe leitstand catalog --help</translation>
        </message>
        <message>
            <source>unknown catalog command "%1"; use import or export</source>
            <translation>unbekannter catalog-Befehl „%1“; import oder export verwenden</translation>
        </message>
        <message>
            <source>Imports the service catalog from a YAML file (docs/catalog-file.md) into the database: teams and services are matched by name; those not in the file are removed (services that endpoints still use only lose their catalog entries). A file with any problem is refused as a whole.</source>
            <translation>Importiert den Dienstkatalog aus einer YAML-Datei (docs/catalog-file.md) in die Datenbank: Teams und Dienste werden über ihren Namen zugeordnet; was nicht in der Datei steht, wird entfernt (Dienste, die Endpunkte noch verwenden, verlieren nur ihre Katalogangaben). Eine Datei mit einem Problem wird als Ganzes abgelehnt.</translation>
        </message>
        <message>
            <source>Writes the database's service catalog to a YAML file that imports back to the same catalog; - writes to standard output.</source>
            <translation>Schreibt den Dienstkatalog der Datenbank in eine YAML-Datei, die wieder zum selben Katalog importiert wird; - schreibt auf die Standardausgabe.</translation>
        </message>
        <message>
            <source>Keep the teams and services that are not in the file instead of removing them.</source>
            <translation>Teams und Dienste, die nicht in der Datei stehen, behalten statt sie zu entfernen.</translation>
        </message>
        <message>
            <source>Check the file and say what the import would change, without changing it.</source>
            <translation>Die Datei prüfen und sagen, was der Import ändern würde, ohne etwas zu ändern.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>DATEI</translation>
        </message>
        <message>
            <source>The catalog file.</source>
            <translation>Die Katalogdatei.</translation>
        </message>
        <message>
            <source>catalog %1 needs exactly one FILE; see leitstand catalog %1 --help</source>
            <translation>catalog %1 braucht genau eine DATEI; siehe leitstand catalog %1 --help</translation>
        </message>
    </context>
    <context>
        <name>DatabaseCommand</name>
        <message>
            <source>Usage: leitstand database roles --database URL [options]
Sets up the roles of team mode on a shared PostgreSQL database (docs/team-mode.md); see leitstand database roles --help.</source>
            <translation>Aufruf: leitstand database roles --database URL [Optionen]
Richtet die Rollen des Teambetriebs in einer gemeinsamen PostgreSQL-Datenbank ein (docs/team-mode.md); siehe leitstand database roles --help.</translation>
        </message>
        <message>
            <source>database needs roles; see leitstand database --help</source>
            <translation>database braucht roles; siehe leitstand database --help</translation>
        </message>
        <message>
            <source>unknown database command "%1"; use roles</source>
            <translation>unbekannter database-Befehl „%1“; verwenden Sie roles</translation>
        </message>
        <message>
            <source>Sets up the roles of team mode on a shared PostgreSQL database: creates the group roles PREFIX_poller, PREFIX_operator, PREFIX_publisher and PREFIX_administrator where they are missing (they cannot log in) and grants each exactly what it needs on Leitstand's tables, revoking whatever else they held there, so that running it again changes nothing. Run it as the owner of the tables or as a superuser, with the right to create roles, after every upgrade of Leitstand too. It does not make anyone a member: grant each user the role of their work, e.g. with GRANT %1 TO anna; (see docs/team-mode.md).</source>
            <translation>Richtet die Rollen des Teambetriebs in einer gemeinsamen PostgreSQL-Datenbank ein: legt die Gruppenrollen PREFIX_poller, PREFIX_operator, PREFIX_publisher und PREFIX_administrator an, soweit sie fehlen (sie können sich nicht anmelden), und erteilt jeder genau die Berechtigungen, die sie an den Tabellen von Leitstand braucht; alles andere, was sie dort hatten, wird entzogen, sodass ein zweiter Lauf nichts ändert. Führen Sie den Befehl als Eigentümer der Tabellen oder als Superuser aus, mit dem Recht, Rollen anzulegen, auch nach jedem Update von Leitstand. Er macht niemanden zum Mitglied: Erteilen Sie jedem Benutzer die Rolle seiner Arbeit, z. B. mit GRANT %1 TO anna; (siehe docs/team-mode.md).</translation>
        </message>
        <message>
            <source>The start of the role names (default: %1).</source>
            <translation>Der Anfang der Rollennamen (Vorgabe: %1).</translation>
        </message>
        <message>
            <source>prefix</source>
            <translation>Präfix</translation>
        </message>
        <message>
            <source>unexpected argument "%1"; see leitstand database roles --help</source>
            <translation>unerwartetes Argument „%1“; siehe leitstand database roles --help</translation>
        </message>
        <message>
            <source>database roles needs --database postgresql://USER@HOST:PORT/DATABASE</source>
            <translation>database roles braucht --database postgresql://BENUTZER@HOST:PORT/DATENBANK</translation>
        </message>
        <message>
            <source>roles exist only on a shared PostgreSQL database, not in an SQLite file; see docs/team-mode.md</source>
            <translation>Rollen gibt es nur in einer gemeinsamen PostgreSQL-Datenbank, nicht in einer SQLite-Datei; siehe docs/team-mode.md</translation>
        </message>
        <message>
            <source>%1: created</source>
            <translation>%1: angelegt</translation>
        </message>
        <message>
            <source>%1: already there</source>
            <translation>%1: schon vorhanden</translation>
        </message>
        <message>
            <source>The roles hold exactly their privileges on %1.</source>
            <translation>Die Rollen haben genau ihre Berechtigungen in %1.</translation>
        </message>
        <message>
            <source>Make users members of the role of their work, e.g.: GRANT %1 TO anna;</source>
            <translation>Machen Sie Benutzer zu Mitgliedern der Rolle ihrer Arbeit, z. B.: GRANT %1 TO anna;</translation>
        </message>
    </context>
    <context>
        <name>EndpointCommand</name>
        <message numerus="yes">
            <source>%n problem(s) in %1; nothing was imported</source>
            <translation>
                <numerusform>%n Problem in %1; nichts wurde importiert</numerusform>
                <numerusform>%n Probleme in %1; nichts wurde importiert</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2 added, %3 changed, %4 removed, %5 unchanged</source>
            <translation>%1: %2 hinzugefügt, %3 geändert, %4 entfernt, %5 unverändert</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n endpoint(s) written</source>
            <translation>
                <numerusform>%1: %n Endpunkt geschrieben</numerusform>
                <numerusform>%1: %n Endpunkte geschrieben</numerusform>
            </translation>
        </message>
        <message>
            <source>Imports endpoint definitions from a YAML file (docs/endpoint-file.md) into the database. Endpoints are matched by service and name; a file with any problem is refused as a whole.</source>
            <translation>Importiert Endpunkt-Definitionen aus einer YAML-Datei (docs/endpoint-file.md) in die Datenbank. Endpunkte werden über Dienst und Name zugeordnet; eine Datei mit einem Problem wird als Ganzes abgelehnt.</translation>
        </message>
        <message>
            <source>Writes the database's endpoint definitions to a YAML file that imports back to the same definitions; - writes to standard output.</source>
            <translation>Schreibt die Endpunkt-Definitionen der Datenbank in eine YAML-Datei, deren Import dieselben Definitionen ergibt; - schreibt auf die Standardausgabe.</translation>
        </message>
        <message>
            <source>Also remove the endpoints that are not in the file, with their history.</source>
            <translation>Auch die Endpunkte entfernen, die nicht in der Datei stehen, samt ihrem Verlauf.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>DATEI</translation>
        </message>
        <message>
            <source>The endpoint file.</source>
            <translation>Die Endpunkt-Datei.</translation>
        </message>
        <message>
            <source>%1 needs exactly one FILE; see leitstand %1 --help</source>
            <translation>%1 braucht genau eine DATEI; siehe leitstand %1 --help</translation>
        </message>
    </context>
    <context>
        <name>FeedCommand</name>
        <message>
            <source>not needed</source>
            <translation>nicht nötig</translation>
        </message>
        <message>
            <source>cannot be read: %1</source>
            <translation>kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>not stored; store it with leitstand secret set %1</source>
            <translation>nicht hinterlegt; hinterlegen Sie es mit leitstand secret set %1</translation>
        </message>
        <message>
            <source>stored in the secret store under %1</source>
            <translation>im Schlüsselbund unter %1 hinterlegt</translation>
        </message>
        <message>
            <source>No feed server is configured; set one up with leitstand feed configure --url URL.</source>
            <translation>Es ist kein Feed-Server eingerichtet; richten Sie einen mit leitstand feed configure --url URL ein.</translation>
        </message>
        <message>
            <source>%1, user %2</source>
            <translation>%1, Benutzer %2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Feed server:</source>
            <translation>Feed-Server:</translation>
        </message>
        <message>
            <source>Authentication:</source>
            <translation>Anmeldung:</translation>
        </message>
        <message>
            <source>Password or token:</source>
            <translation>Passwort oder Token:</translation>
        </message>
        <message>
            <source>Certificate authorities:</source>
            <translation>Zertifizierungsstellen:</translation>
        </message>
        <message>
            <source>the system's</source>
            <translation>die des Systems</translation>
        </message>
        <message>
            <source>the system's and those in %1</source>
            <translation>die des Systems und die aus %1</translation>
        </message>
        <message>
            <source>Portal page:</source>
            <translation>Portalseite:</translation>
        </message>
        <message>
            <source>Publisher:</source>
            <translation>Herausgeber:</translation>
        </message>
        <message>
            <source>Settings file:</source>
            <translation>Einstellungsdatei:</translation>
        </message>
        <message>
            <source>Problem: %1</source>
            <translation>Problem: %1</translation>
        </message>
        <message>
            <source>The WebDAV folder the feeds are published to; https://, ending in a slash.</source>
            <translation>Der WebDAV-Ordner, in den die Feeds veröffentlicht werden; https://, mit einem Schrägstrich am Ende.</translation>
        </message>
        <message>
            <source>url</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>How Leitstand signs in: none, basic (the default) or bearer.</source>
            <translation>Wie Leitstand sich anmeldet: none, basic (Vorgabe) oder bearer.</translation>
        </message>
        <message>
            <source>method</source>
            <translation>Verfahren</translation>
        </message>
        <message>
            <source>The user name for basic authentication.</source>
            <translation>Der Benutzername für die Basic-Anmeldung.</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>A PEM file of certificate authorities to trust besides the system's, for a server with an authority of its own.</source>
            <translation>Eine PEM-Datei mit Zertifizierungsstellen, denen neben denen des Systems vertraut wird, für einen Server mit eigener Zertifizierungsstelle.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>A page that shows the notices, linked from every entry of the Atom feeds.</source>
            <translation>Eine Seite, die die Meldungen zeigt; jeder Eintrag der Atom-Feeds verweist auf sie.</translation>
        </message>
        <message>
            <source>Who publishes the notices, as the Atom feeds name the author.</source>
            <translation>Wer die Meldungen herausgibt, wie die Atom-Feeds den Autor nennen.</translation>
        </message>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Remove the feed server: nothing is published any more.</source>
            <translation>Den Feed-Server entfernen: Es wird nichts mehr veröffentlicht.</translation>
        </message>
        <message>
            <source>--none takes no other options</source>
            <translation>--none nimmt keine weiteren Optionen</translation>
        </message>
        <message>
            <source>No feed server is configured any more; notices are not published.</source>
            <translation>Es ist kein Feed-Server mehr eingerichtet; Meldungen werden nicht veröffentlicht.</translation>
        </message>
        <message>
            <source>feed configure needs --url URL, or --none to remove the feed server</source>
            <translation>feed configure braucht --url URL, oder --none, um den Feed-Server zu entfernen</translation>
        </message>
        <message>
            <source>unknown authentication "%1"; use none, basic or bearer</source>
            <translation>unbekannte Anmeldung „%1“; verwenden Sie none, basic oder bearer</translation>
        </message>
        <message>
            <source>--user is only for basic authentication</source>
            <translation>--user gibt es nur für die Basic-Anmeldung</translation>
        </message>
        <message>
            <source>the feed server was not changed</source>
            <translation>der Feed-Server wurde nicht geändert</translation>
        </message>
        <message>
            <source>Notices are published to %1.</source>
            <translation>Meldungen werden nach %1 veröffentlicht.</translation>
        </message>
        <message>
            <source>Store its password or token with: leitstand secret set %1</source>
            <translation>Hinterlegen Sie sein Passwort oder Token mit: leitstand secret set %1</translation>
        </message>
        <message>
            <source>Usage: leitstand feed configure|show [options]
Sets up or shows where the status feed is published (docs/status-feed.md); see leitstand feed configure --help.</source>
            <translation>Aufruf: leitstand feed configure|show [Optionen]
Richtet ein oder zeigt, wohin der Status-Feed veröffentlicht wird (docs/status-feed.md); siehe leitstand feed configure --help.</translation>
        </message>
        <message>
            <source>feed needs configure or show; see leitstand feed --help</source>
            <translation>feed braucht configure oder show; siehe leitstand feed --help</translation>
        </message>
        <message>
            <source>unknown feed command "%1"; use configure or show</source>
            <translation>unbekannter feed-Befehl „%1“; verwenden Sie configure oder show</translation>
        </message>
        <message>
            <source>Sets up the server the status feed is published to, in the settings file; the options given replace the whole previous set-up. The password or token is stored apart, with leitstand secret set %1.</source>
            <translation>Richtet den Server, auf den der Status-Feed veröffentlicht wird, in der Einstellungsdatei ein; die angegebenen Optionen ersetzen die ganze bisherige Einrichtung. Das Passwort oder Token wird getrennt hinterlegt, mit leitstand secret set %1.</translation>
        </message>
        <message>
            <source>Shows where the status feed is published, and whether its password or token is stored (never the secret itself).</source>
            <translation>Zeigt, wohin der Status-Feed veröffentlicht wird und ob sein Passwort oder Token hinterlegt ist (nie das Geheimnis selbst).</translation>
        </message>
        <message>
            <source>unexpected argument "%1"; see leitstand feed %2 --help</source>
            <translation>unerwartetes Argument „%1“; siehe leitstand feed %2 --help</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::AboutDialog</name>
        <message>
            <source>About Leitstand</source>
            <translation>Über Leitstand</translation>
        </message>
        <message>
            <source>Monitors public digital services, keeps track of incidents and publishes outage notices in German and English.</source>
            <translation>Überwacht öffentliche digitale Dienste, verfolgt Störungen und veröffentlicht Störungsmeldungen auf Deutsch und Englisch.</translation>
        </message>
        <message>
            <source>Free software under the &lt;a href="%1"&gt;GNU General Public License, version 3 or later&lt;/a&gt; (%2).</source>
            <translation>Freie Software unter der &lt;a href="%1"&gt;GNU General Public License, Version 3 oder später&lt;/a&gt; (%2).</translation>
        </message>
        <message>
            <source>Built with Qt %1 and KDE Frameworks %2; running on Qt %3.</source>
            <translation>Erstellt mit Qt %1 und KDE Frameworks %2; läuft auf Qt %3.</translation>
        </message>
        <message>
            <source>Name and version</source>
            <translation>Name und Version</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Lizenz</translation>
        </message>
        <message>
            <source>Components</source>
            <translation>Komponenten</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::AlertBatcher</name>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 und %n weiterer</numerusform>
                <numerusform>%1 und %n weitere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n endpoint(s) down</source>
            <translation>
                <numerusform>%n Endpunkt ausgefallen</numerusform>
                <numerusform>%n Endpunkte ausgefallen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n endpoint(s) recovered</source>
            <translation>
                <numerusform>%n Endpunkt wieder erreichbar</numerusform>
                <numerusform>%n Endpunkte wieder erreichbar</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 down, %2 recovered</source>
            <comment>alert title: down count, recovered count</comment>
            <translation>%1 ausgefallen, %2 wieder erreichbar</translation>
        </message>
        <message>
            <source>Down: %1
Recovered: %2</source>
            <translation>Ausgefallen: %1
Wieder erreichbar: %2</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::AvailabilityLegend</name>
        <message>
            <source>Legend</source>
            <translation>Legende</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::CatalogFile</name>
        <message>
            <source>expected a mapping with the keys version, teams and services</source>
            <translation>erwartet wird eine Zuordnung mit den Schlüsseln version, teams und services</translation>
        </message>
        <message>
            <source>expected a list of teams</source>
            <translation>erwartet wird eine Liste von Teams</translation>
        </message>
        <message>
            <source>the team "%1" is already defined at line %2</source>
            <translation>das Team „%1“ ist bereits in Zeile %2 definiert</translation>
        </message>
        <message>
            <source>expected a list of services</source>
            <translation>erwartet wird eine Liste von Diensten</translation>
        </message>
        <message>
            <source>the service "%1" is already defined at line %2</source>
            <translation>der Dienst „%1“ ist bereits in Zeile %2 definiert</translation>
        </message>
        <message>
            <source>expected an e-mail address such as erika@example.org, not "%1"</source>
            <translation>erwartet wird eine E-Mail-Adresse wie erika@example.org, nicht „%1“</translation>
        </message>
        <message>
            <source>expected a phone number of digits, spaces and + ( ) / - such as +49 30 1234-567, not "%1"</source>
            <translation>erwartet wird eine Telefonnummer aus Ziffern, Leerzeichen und + ( ) / - wie +49 30 1234-567, nicht „%1“</translation>
        </message>
        <message>
            <source>expected a list of team members</source>
            <translation>erwartet wird eine Liste von Teammitgliedern</translation>
        </message>
        <message>
            <source>secrets do not belong in the catalog file; store the token with "leitstand secret set" under the key %1</source>
            <translation>Geheimnisse gehören nicht in die Katalogdatei; das Token mit „leitstand secret set“ unter dem Schlüssel %1 speichern</translation>
        </message>
        <message>
            <source>applies only to kind %1</source>
            <translation>gilt nur für kind %1</translation>
        </message>
        <message>
            <source>expected a list of contacts</source>
            <translation>erwartet wird eine Liste von Kontakten</translation>
        </message>
        <message>
            <source>expected a list of prerequisites</source>
            <translation>erwartet wird eine Liste von Voraussetzungen</translation>
        </message>
        <message>
            <source>expected a list of service names</source>
            <translation>erwartet wird eine Liste von Dienstnamen</translation>
        </message>
        <message>
            <source>"%1" is listed twice</source>
            <translation>„%1“ ist doppelt aufgeführt</translation>
        </message>
        <message>
            <source>expected a list of maintenance windows</source>
            <translation>erwartet wird eine Liste von Wartungsfenstern</translation>
        </message>
        <message>
            <source>a contact on call needs a phone number</source>
            <translation>ein Kontakt in Rufbereitschaft braucht eine Telefonnummer</translation>
        </message>
        <message>
            <source>unknown time zone "%1"; expected an IANA name such as Europe/Berlin</source>
            <translation>unbekannte Zeitzone „%1“; erwartet wird ein IANA-Name wie Europe/Berlin</translation>
        </message>
        <message>
            <source>unknown federal state "%1"; expected one of %2</source>
            <translation>unbekanntes Bundesland „%1“; erwartet wird eines von %2</translation>
        </message>
        <message>
            <source>expected a percentage above 0 and at most 100 such as 99.5, not "%1"</source>
            <translation>erwartet wird ein Prozentwert über 0 und höchstens 100 wie 99.5, nicht „%1“</translation>
        </message>
        <message>
            <source>expected a single value or a list, not a mapping</source>
            <translation>erwartet wird ein einzelner Wert oder eine Liste, keine Zuordnung</translation>
        </message>
        <message>
            <source>there is no team "%1" in this file</source>
            <translation>in dieser Datei gibt es kein Team „%1“</translation>
        </message>
        <message>
            <source>a service cannot depend on itself</source>
            <translation>ein Dienst kann nicht von sich selbst abhängen</translation>
        </message>
        <message>
            <source>there is no service "%1" in this file; list it under services, if need be with its name only</source>
            <translation>in dieser Datei gibt es keinen Dienst „%1“; unter services aufführen, notfalls nur mit seinem Namen</translation>
        </message>
        <message>
            <source>the dependencies form a cycle: %1</source>
            <translation>die Abhängigkeiten bilden einen Kreis: %1</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::CatalogHtml</name>
        <message>
            <source>no other service</source>
            <translation>kein anderer Dienst</translation>
        </message>
        <message>
            <source>%1 (not in the catalog)</source>
            <translation>%1 (nicht im Katalog)</translation>
        </message>
        <message>
            <source>Nobody is responsible for this service.</source>
            <translation>Für diesen Dienst ist niemand verantwortlich.</translation>
        </message>
        <message>
            <source>%1 (not described in the catalog)</source>
            <translation>%1 (nicht im Katalog beschrieben)</translation>
        </message>
        <message>
            <source>%1, not notified of incidents</source>
            <translation>%1, wird über Vorfälle nicht benachrichtigt</translation>
        </message>
        <message>
            <source>%1, notified by %2</source>
            <comment>team, channel kind</comment>
            <translation>%1, benachrichtigt per %2</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>No description.</source>
            <translation>Keine Beschreibung.</translation>
        </message>
        <message>
            <source>%1, phone %2</source>
            <comment>on-call contact: name, phone</comment>
            <translation>%1, Telefon %2</translation>
        </message>
        <message>
            <source>Responsible team</source>
            <translation>Verantwortliches Team</translation>
        </message>
        <message>
            <source>On call</source>
            <translation>Rufbereitschaft</translation>
        </message>
        <message>
            <source>Nobody is on call.</source>
            <translation>Niemand hat Rufbereitschaft.</translation>
        </message>
        <message>
            <source>Service hours</source>
            <translation>Servicezeiten</translation>
        </message>
        <message>
            <source>Availability target</source>
            <translation>Verfügbarkeitsziel</translation>
        </message>
        <message>
            <source>none set</source>
            <translation>keines festgelegt</translation>
        </message>
        <message>
            <source>%1 of the service hours</source>
            <translation>%1 der Servicezeiten</translation>
        </message>
        <message>
            <source>Depends on</source>
            <translation>Hängt ab von</translation>
        </message>
        <message>
            <source>Needed by</source>
            <translation>Benötigt von</translation>
        </message>
        <message>
            <source>Measured by</source>
            <translation>Gemessen von</translation>
        </message>
        <message>
            <source>no endpoint yet</source>
            <translation>noch kein Endpunkt</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Ansprechpersonen</translation>
        </message>
        <message>
            <source>No contacts are named.</source>
            <translation>Keine Ansprechpersonen genannt.</translation>
        </message>
        <message>
            <source>on call</source>
            <translation>Rufbereitschaft</translation>
        </message>
        <message>
            <source>Members of %1</source>
            <translation>Mitglieder von %1</translation>
        </message>
        <message>
            <source>Technical prerequisites</source>
            <translation>Technische Voraussetzungen</translation>
        </message>
        <message>
            <source>None described.</source>
            <translation>Keine beschrieben.</translation>
        </message>
        <message>
            <source>Maintenance windows</source>
            <translation>Wartungsfenster</translation>
        </message>
        <message>
            <source>None planned.</source>
            <translation>Keine geplant.</translation>
        </message>
        <message>
            <source>Maintenance</source>
            <translation>Wartung</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>niemand</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <source>Responsible for</source>
            <translation>Verantwortlich für</translation>
        </message>
        <message>
            <source>no service</source>
            <translation>kein Dienst</translation>
        </message>
        <message>
            <source>Notified by</source>
            <translation>Benachrichtigt per</translation>
        </message>
        <message>
            <source>No members are named.</source>
            <translation>Keine Mitglieder genannt.</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::CatalogOverview</name>
        <message>
            <source>Select a service to see who is responsible for it and what it depends on.</source>
            <translation>Wählen Sie einen Dienst, um zu sehen, wer für ihn verantwortlich ist und wovon er abhängt.</translation>
        </message>
        <message>
            <source>service-catalog</source>
            <comment>file name</comment>
            <translation>dienstkatalog</translation>
        </message>
        <message>
            <source>Export Service Catalog as PDF</source>
            <translation>Dienstkatalog als PDF exportieren</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf);;All files (*)</source>
            <translation>PDF-Dokumente (*.pdf);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Export as &amp;PDF…</source>
            <translation>Als &amp;PDF exportieren…</translation>
        </message>
        <message numerus="yes">
            <source>Saved the service catalog to %1 (%n page(s)).</source>
            <translation>
                <numerusform>Dienstkatalog unter %1 gespeichert (%n Seite).</numerusform>
                <numerusform>Dienstkatalog unter %1 gespeichert (%n Seiten).</numerusform>
            </translation>
        </message>
        <message>
            <source>Export as PDF</source>
            <translation>Als PDF exportieren</translation>
        </message>
        <message>
            <source>The service catalog could not be saved.</source>
            <translation>Der Dienstkatalog konnte nicht gespeichert werden.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Wird exportiert…</translation>
        </message>
        <message>
            <source>Writing the service catalog to %1…</source>
            <translation>Dienstkatalog wird nach %1 geschrieben…</translation>
        </message>
        <message>
            <source>Service Catalog</source>
            <translation>Dienstkatalog</translation>
        </message>
        <message>
            <source>Filter by service, team, person, prerequisite or endpoint</source>
            <translation>Nach Dienst, Team, Person, Voraussetzung oder Endpunkt filtern</translation>
        </message>
        <message>
            <source>Filter services</source>
            <translation>Dienste filtern</translation>
        </message>
        <message>
            <source>Save the catalog as a printable PDF: who is responsible for what, whom to call, dependencies, service hours and maintenance windows</source>
            <translation>Den Katalog als druckbares PDF speichern: wer wofür verantwortlich ist, wen man anruft, Abhängigkeiten, Servicezeiten und Wartungsfenster</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Dienste</translation>
        </message>
        <message>
            <source>Service details</source>
            <translation>Dienstdetails</translation>
        </message>
        <message>
            <source>No services are described yet.</source>
            <translation>Es sind noch keine Dienste beschrieben.</translation>
        </message>
        <message>
            <source>Describe your services in a catalog file: who is responsible for each one, whom to call, what it needs and depends on, its service hours and maintenance windows. Then import the file:</source>
            <translation>Beschreiben Sie Ihre Dienste in einer Katalogdatei: wer für jeden verantwortlich ist, wen man anruft, was er braucht und wovon er abhängt, seine Servicezeiten und Wartungsfenster. Importieren Sie dann die Datei:</translation>
        </message>
        <message>
            <source>FILE</source>
            <comment>command line placeholder</comment>
            <translation>DATEI</translation>
        </message>
        <message>
            <source>%1 explains the file.</source>
            <translation>%1 erklärt die Datei.</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::CatalogPrintout</name>
        <message>
            <source>Service catalog</source>
            <translation>Dienstkatalog</translation>
        </message>
        <message>
            <source>Who is responsible for what</source>
            <translation>Wer ist wofür verantwortlich</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>printout header: title, subtitle</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Generated on %1</source>
            <translation>Erstellt am %1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
        <message>
            <source>As of %1: %2 and %3.</source>
            <comment>as of date: services, teams</comment>
            <translation>Stand %1: %2 und %3.</translation>
        </message>
        <message numerus="yes">
            <source>%n service(s)</source>
            <translation>
                <numerusform>%n Dienst</numerusform>
                <numerusform>%n Dienste</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n team(s)</source>
            <translation>
                <numerusform>%n Team</numerusform>
                <numerusform>%n Teams</numerusform>
            </translation>
        </message>
        <message>
            <source>For every service: the team responsible for it, whom to call when it is disrupted, what it needs and what depends on it, when it must be available and when it is maintained. Times are local time unless a time zone is named.</source>
            <translation>Für jeden Dienst: das verantwortliche Team, wen man bei einer Störung anruft, was er braucht und was von ihm abhängt, wann er verfügbar sein muss und wann er gewartet wird. Zeiten sind Ortszeit, sofern keine Zeitzone genannt ist.</translation>
        </message>
        <message>
            <source>No services are described.</source>
            <translation>Es sind keine Dienste beschrieben.</translation>
        </message>
        <message>
            <source>Dependencies</source>
            <translation>Abhängigkeiten</translation>
        </message>
        <message>
            <source>When a service fails, the services that need it are disrupted too.</source>
            <translation>Fällt ein Dienst aus, sind die Dienste, die ihn benötigen, ebenfalls gestört.</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Teams</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation>%1 kann nicht geschrieben werden</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::CatalogRepository</name>
        <message>
            <source>Cannot read the service catalog: %1</source>
            <translation>Der Dienstkatalog kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>unknown federal state %1</source>
            <translation>unbekanntes Bundesland %1</translation>
        </message>
        <message>
            <source>Cannot read the maintenance windows: %1</source>
            <translation>Die Wartungsfenster können nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Maintenance window %1 in the database cannot be read: %2</source>
            <translation>Wartungsfenster %1 in der Datenbank kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>the channel of the team %1: %2</source>
            <translation>der Kanal des Teams %1: %2</translation>
        </message>
        <message>
            <source>the settings of the service %1: %2</source>
            <translation>die Einstellungen des Dienstes %1: %2</translation>
        </message>
        <message>
            <source>the team name "%1" is empty or given twice</source>
            <translation>der Teamname „%1“ ist leer oder doppelt vergeben</translation>
        </message>
        <message>
            <source>the service name "%1" is empty or given twice</source>
            <translation>der Dienstname „%1“ ist leer oder doppelt vergeben</translation>
        </message>
        <message>
            <source>the service %1 names the unknown team %2</source>
            <translation>der Dienst %1 nennt das unbekannte Team %2</translation>
        </message>
        <message>
            <source>the service %1 depends on the unknown service %2</source>
            <translation>der Dienst %1 hängt vom unbekannten Dienst %2 ab</translation>
        </message>
        <message>
            <source>Cannot import the service catalog: %1</source>
            <translation>Der Dienstkatalog kann nicht importiert werden: %1</translation>
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
            <translation>%1 bis %2</translation>
        </message>
        <message>
            <source>once on %1</source>
            <translation>einmalig am %1</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>täglich</translation>
        </message>
        <message numerus="yes">
            <source>every %n day(s)</source>
            <translation>
                <numerusform>jeden Tag</numerusform>
                <numerusform>alle %n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>weekly on %1</source>
            <translation>wöchentlich am %1</translation>
        </message>
        <message numerus="yes">
            <source>every %n week(s) on %1</source>
            <translation>
                <numerusform>jede Woche am %1</numerusform>
                <numerusform>alle %n Wochen am %1</numerusform>
            </translation>
        </message>
        <message>
            <source>on day %1 or the last day of shorter months</source>
            <translation>am %1. oder am letzten Tag kürzerer Monate</translation>
        </message>
        <message>
            <source>on day %1</source>
            <comment>day of the month</comment>
            <translation>am %1.</translation>
        </message>
        <message>
            <source>on the first %1</source>
            <comment>weekday of the month</comment>
            <translation>am ersten %1</translation>
        </message>
        <message>
            <source>on the second %1</source>
            <comment>weekday of the month</comment>
            <translation>am zweiten %1</translation>
        </message>
        <message>
            <source>on the third %1</source>
            <comment>weekday of the month</comment>
            <translation>am dritten %1</translation>
        </message>
        <message>
            <source>on the fourth %1</source>
            <comment>weekday of the month</comment>
            <translation>am vierten %1</translation>
        </message>
        <message>
            <source>on the last %1</source>
            <comment>weekday of the month</comment>
            <translation>am letzten %1</translation>
        </message>
        <message>
            <source>monthly %1</source>
            <comment>monthly on which day</comment>
            <translation>monatlich %1</translation>
        </message>
        <message numerus="yes">
            <source>every %n month(s) %1</source>
            <comment>every N months on which day</comment>
            <translation>
                <numerusform>jeden Monat %1</numerusform>
                <numerusform>alle %n Monate %1</numerusform>
            </translation>
        </message>
        <message>
            <source>around the clock</source>
            <translation>rund um die Uhr</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>weekdays, times of day</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
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
            <translation>an Feiertagen in %1 geschlossen</translation>
        </message>
        <message>
            <source>%1 %</source>
            <comment>availability target in percent</comment>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>no channel</source>
            <translation>kein Kanal</translation>
        </message>
        <message>
            <source>webhook</source>
            <translation>Webhook</translation>
        </message>
        <message>
            <source>Matrix room</source>
            <translation>Matrix-Raum</translation>
        </message>
        <message>
            <source>not usable: %1</source>
            <translation>nicht verwendbar: %1</translation>
        </message>
        <message>
            <source>%1 for %2</source>
            <comment>start time for a duration</comment>
            <translation>%1 für %2</translation>
        </message>
        <message>
            <source>%1, %2 (%3)</source>
            <comment>recurrence, times (time zone)</comment>
            <translation>%1, %2 (%3)</translation>
        </message>
        <message>
            <source>%1, until %2</source>
            <comment>maintenance window, last day</comment>
            <translation>%1, bis %2</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n time(s) in all</source>
            <comment>maintenance window, count</comment>
            <translation>
                <numerusform>%1, insgesamt %n-mal</numerusform>
                <numerusform>%1, insgesamt %n-mal</numerusform>
            </translation>
        </message>
        <message>
            <source>no further occurrences</source>
            <translation>keine weiteren Termine</translation>
        </message>
        <message>
            <source>under way until %1</source>
            <translation>läuft bis %1</translation>
        </message>
        <message>
            <source>next on %1</source>
            <translation>nächster Termin: %1</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <comment>date at time</comment>
            <translation>%1 um %2</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n Stunde</numerusform>
                <numerusform>%n Stunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Leitstand::ChartDataWorker</name>
        <message>
            <source>There is no endpoint with id %1.</source>
            <translation>Es gibt keinen Endpunkt mit der ID %1.</translation>
        </message>
        <message>
            <source>Cannot load the chart: %1</source>
            <translation>Das Diagramm kann nicht geladen werden: %1</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::ChartPanel</name>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen …</translation>
        </message>
        <message>
            <source>No data in this range</source>
            <translation>Keine Daten in diesem Zeitraum</translation>
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
            <translation>7 T</translation>
        </message>
        <message>
            <source>30 d</source>
            <translation>30 T</translation>
        </message>
        <message>
            <source>90 d</source>
            <translation>90 T</translation>
        </message>
        <message>
            <source>Custom…</source>
            <translation>Eigener …</translation>
        </message>
        <message>
            <source>Last hour</source>
            <translation>Letzte Stunde</translation>
        </message>
        <message>
            <source>Last 24 hours</source>
            <translation>Letzte 24 Stunden</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Letzte 7 Tage</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>Letzte 90 Tage</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>Eigener Zeitraum</translation>
        </message>
        <message>
            <source>Choose the start and end of the range</source>
            <translation>Beginn und Ende des Zeitraums wählen</translation>
        </message>
        <message>
            <source>Reset zoom</source>
            <translation>Zoom zurücksetzen</translation>
        </message>
        <message>
            <source>Back to the chosen range. On the charts, scroll to zoom, drag to move, and drag with Shift or the right mouse button to zoom to a span.</source>
            <translation>Zurück zum gewählten Zeitraum. In den Diagrammen zoomt das Mausrad, Ziehen verschiebt, und Ziehen mit Umschalttaste oder rechter Maustaste zoomt auf einen Abschnitt.</translation>
        </message>
        <message>
            <source>Chart status</source>
            <translation>Diagrammstatus</translation>
        </message>
        <message>
            <source>Endpoint</source>
            <translation>Endpunkt</translation>
        </message>
        <message>
            <source>&amp;Response time</source>
            <translation>Antwort&amp;zeit</translation>
        </message>
        <message>
            <source>&amp;Availability</source>
            <translation>&amp;Verfügbarkeit</translation>
        </message>
        <message>
            <source>Response time of %1</source>
            <translation>Antwortzeit von %1</translation>
        </message>
        <message>
            <source>Response time</source>
            <translation>Antwortzeit</translation>
        </message>
        <message>
            <source>Availability of %1</source>
            <translation>Verfügbarkeit von %1</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Verfügbarkeit</translation>
        </message>
        <message>
            <source>Select an endpoint to see its response time and availability.</source>
            <translation>Wählen Sie einen Endpunkt, um seine Antwortzeit und Verfügbarkeit zu sehen.</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Diagramme</translation>
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
            <translation>%1 T %2 h</translation>
        </message>
        <message>
            <source>%1 d</source>
            <comment>duration</comment>
            <translation>%1 T</translation>
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
            <translation>Mittelwert: %1</translation>
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
            <translation>95. Perzentil: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n answered check(s)</source>
            <translation>
                <numerusform>%n beantwortete Prüfung</numerusform>
                <numerusform>%n beantwortete Prüfungen</numerusform>
            </translation>
        </message>
        <message>
            <source>No answered checks in this range.</source>
            <translation>Keine beantworteten Prüfungen in diesem Zeitraum.</translation>
        </message>
        <message>
            <source>Mean response time %1, highest %2.</source>
            <translation>Mittlere Antwortzeit %1, höchste %2.</translation>
        </message>
        <message>
            <source>Availability: %1</source>
            <translation>Verfügbarkeit: %1</translation>
        </message>
        <message>
            <source>Availability: nothing measured</source>
            <translation>Verfügbarkeit: nichts gemessen</translation>
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
            <translation>Unerwarteter HTTP-Status</translation>
        </message>
        <message>
            <source>Response content did not match</source>
            <translation>Antwortinhalt entspricht nicht der Erwartung</translation>
        </message>
        <message>
            <source>No answer within the timeout</source>
            <translation>Keine Antwort innerhalb der Zeitgrenze</translation>
        </message>
        <message>
            <source>Connection refused</source>
            <translation>Verbindung abgelehnt</translation>
        </message>
        <message>
            <source>Name could not be resolved</source>
            <translation>Name konnte nicht aufgelöst werden</translation>
        </message>
        <message>
            <source>TLS error</source>
            <translation>TLS-Fehler</translation>
        </message>
        <message>
            <source>Too many redirects</source>
            <translation>Zu viele Weiterleitungen</translation>
        </message>
        <message>
            <source>Response body too large</source>
            <translation>Antwort zu groß</translation>
        </message>
        <message>
            <source>Connection reset by the server</source>
            <translation>Verbindung vom Server zurückgesetzt</translation>
        </message>
        <message>
            <source>Slower than the latency threshold</source>
            <translation>Langsamer als die Antwortzeit-Schwelle</translation>
        </message>
        <message>
            <source>Certificate expires soon</source>
            <translation>Zertifikat läuft bald ab</translation>
        </message>
        <message>
            <source>Host unreachable</source>
            <translation>Host nicht erreichbar</translation>
        </message>
        <message>
            <source>Invalid answer from the server</source>
            <translation>Ungültige Antwort vom Server</translation>
        </message>
        <message>
            <source>Network error</source>
            <translation>Netzwerkfehler</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::Console</name>
        <message>
            <source>Run&amp;book</source>
            <translation>Störungs&amp;plan</translation>
        </message>
        <message>
            <source>Publishing the status feed failed: %1</source>
            <translation>Das Veröffentlichen des Status-Feeds ist fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>&amp;Feed Server…</source>
            <translation>&amp;Feed-Server …</translation>
        </message>
        <message>
            <source>Where outage notices are published, and how to log in</source>
            <translation>Wohin Störungsmeldungen veröffentlicht werden und wie sich Leitstand anmeldet</translation>
        </message>
        <message>
            <source>The database cannot be reached: %1</source>
            <translation>Die Datenbank ist nicht erreichbar: %1</translation>
        </message>
        <message>
            <source>Checking %1 from this workstation; the pollers' next result replaces what it finds.</source>
            <translation>%1 wird von diesem Arbeitsplatz aus geprüft; das nächste Ergebnis der Poller ersetzt, was dabei herauskommt.</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::CustomRangeDialog</name>
        <message>
            <source>The start must come before the end.</source>
            <translation>Der Beginn muss vor dem Ende liegen.</translation>
        </message>
        <message>
            <source>The end must not lie in the future.</source>
            <translation>Das Ende darf nicht in der Zukunft liegen.</translation>
        </message>
        <message>
            <source>The range must be at least a minute long.</source>
            <translation>Der Zeitraum muss mindestens eine Minute lang sein.</translation>
        </message>
        <message numerus="yes">
            <source>The range must not be longer than %n day(s).</source>
            <translation>
                <numerusform>Der Zeitraum darf nicht länger als %n Tag sein.</numerusform>
                <numerusform>Der Zeitraum darf nicht länger als %n Tage sein.</numerusform>
            </translation>
        </message>
        <message>
            <source>Custom Range</source>
            <translation>Eigener Zeitraum</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Bis:</translation>
        </message>
        <message>
            <source>Start of the range</source>
            <translation>Beginn des Zeitraums</translation>
        </message>
        <message>
            <source>End of the range</source>
            <translation>Ende des Zeitraums</translation>
        </message>
        <message>
            <source>Local time (%1)</source>
            <translation>Ortszeit (%1)</translation>
        </message>
        <message>
            <source>Problem with the range</source>
            <translation>Problem mit dem Zeitraum</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Anzeigen</translation>
        </message>
        <message>
            <source>Show this range</source>
            <translation>Diesen Zeitraum anzeigen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::Database</name>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
        </message>
        <message>
            <source>Cannot open the database %1: %2</source>
            <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>Cannot set up the database %1: %2</source>
            <translation>Die Datenbank %1 kann nicht eingerichtet werden: %2</translation>
        </message>
        <message>
            <source>Cannot read the schema version of %1: %2</source>
            <translation>Die Schemaversion von %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Cannot migrate the database %1: %2</source>
            <translation>Die Datenbank %1 kann nicht migriert werden: %2</translation>
        </message>
        <message>
            <source>The database %1 has schema version %2, but this version of Leitstand knows only versions up to %3. Use a newer Leitstand.</source>
            <translation>Die Datenbank %1 hat die Schemaversion %2, diese Leitstand-Version kennt aber nur Versionen bis %3. Verwenden Sie einen neueren Leitstand.</translation>
        </message>
        <message>
            <source>Cannot migrate the database %1 to schema version %2: %3</source>
            <translation>Die Datenbank %1 kann nicht auf Schemaversion %2 migriert werden: %3</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::DatabaseLocation</name>
        <message>
            <source>No database given.</source>
            <translation>Keine Datenbank angegeben.</translation>
        </message>
        <message>
            <source>%1 is not a valid database URL: %2</source>
            <translation>%1 ist keine gültige Datenbank-URL: %2</translation>
        </message>
        <message>
            <source>The database URL %1 names no host.</source>
            <translation>Die Datenbank-URL %1 nennt keinen Rechner.</translation>
        </message>
        <message>
            <source>The database URL %1 names no user: write postgresql://USER@%2/…</source>
            <translation>Die Datenbank-URL %1 nennt keinen Benutzer: Schreiben Sie postgresql://BENUTZER@%2/…</translation>
        </message>
        <message>
            <source>The database URL %1 names no database: write postgresql://%2@%3/DATABASE</source>
            <translation>Die Datenbank-URL %1 nennt keine Datenbank: Schreiben Sie postgresql://%2@%3/DATENBANK</translation>
        </message>
        <message>
            <source>The database URL must not contain the password. Store it in the keyring with "leitstand secret set %1".</source>
            <translation>Die Datenbank-URL darf das Passwort nicht enthalten. Legen Sie es mit „leitstand secret set %1“ im Schlüsselbund ab.</translation>
        </message>
        <message>
            <source>The schema %1 is not a plain lower-case name.</source>
            <translation>Das Schema %1 ist kein einfacher Name in Kleinbuchstaben.</translation>
        </message>
        <message>
            <source>The value of %1 in the database URL contains a space, ';' or a quote.</source>
            <translation>Der Wert von %1 in der Datenbank-URL enthält ein Leerzeichen, „;“ oder ein Anführungszeichen.</translation>
        </message>
        <message>
            <source>The database URL has the unknown setting %1. Known: %2, schema.</source>
            <translation>Die Datenbank-URL hat die unbekannte Einstellung %1. Bekannt sind: %2, schema.</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::DatabasePermissions</name>
        <message>
            <source>Cannot ask the database what you may change: %1</source>
            <translation>Die Datenbank kann nicht gefragt werden, was Sie ändern dürfen: %1</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::DatabaseRoles</name>
        <message>
            <source>The role prefix %1 is not a plain lower-case name (letters a-z, digits and _).</source>
            <translation>Das Rollenpräfix %1 ist kein einfacher kleingeschriebener Name (Buchstaben a–z, Ziffern und _).</translation>
        </message>
        <message>
            <source>The role prefix %1 is too long: at most %2 characters.</source>
            <translation>Das Rollenpräfix %1 ist zu lang: höchstens %2 Zeichen.</translation>
        </message>
        <message>
            <source>Cannot set up the roles: %1</source>
            <translation>Die Rollen können nicht eingerichtet werden: %1</translation>
        </message>
        <message>
            <source>roles exist only on a shared PostgreSQL database, not in an SQLite file</source>
            <translation>Rollen gibt es nur in einer gemeinsamen PostgreSQL-Datenbank, nicht in einer SQLite-Datei</translation>
        </message>
        <message>
            <source>the schema %1 of the database %2 does not hold all of Leitstand's tables</source>
            <translation>das Schema %1 der Datenbank %2 enthält nicht alle Tabellen von Leitstand</translation>
        </message>
        <message>
            <source>%1 does not own Leitstand's tables in the schema %2; run this as their owner or as a superuser</source>
            <translation>%1 ist nicht Eigentümer der Tabellen von Leitstand im Schema %2; führen Sie dies als ihr Eigentümer oder als Superuser aus</translation>
        </message>
        <message>
            <source>%1 may not use the schema %2, and %3 may not allow it; ask its owner for GRANT USAGE ON SCHEMA %2 TO %1</source>
            <translation>%1 darf das Schema %2 nicht verwenden, und %3 darf es nicht erlauben; bitten Sie seinen Eigentümer um GRANT USAGE ON SCHEMA %2 TO %1</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::DeliveriesPane</name>
        <message>
            <source>No team has been told of this incident: its service has no team, or the team has no notification channel.</source>
            <translation>Kein Team wurde über diesen Vorfall benachrichtigt: Sein Dienst hat kein Team, oder das Team hat keinen Benachrichtigungskanal.</translation>
        </message>
        <message>
            <source>Team notifications</source>
            <translation>Team-Benachrichtigungen</translation>
        </message>
        <message>
            <source>Why the notification was not delivered</source>
            <translation>Warum die Benachrichtigung nicht zugestellt wurde</translation>
        </message>
        <message>
            <source>Retry No&amp;w</source>
            <translation>Jetzt erneut &amp;senden</translation>
        </message>
        <message>
            <source>Try once more to deliver the selected failed notification, now</source>
            <translation>Die gewählte fehlgeschlagene Benachrichtigung jetzt noch einmal zustellen</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::DeliveryListModel</name>
        <message>
            <source>next attempt %1</source>
            <comment>delivery: time</comment>
            <translation>nächster Versuch %1</translation>
        </message>
        <message>
            <source>delivered %1</source>
            <comment>delivery: time</comment>
            <translation>zugestellt %1</translation>
        </message>
        <message>
            <source>last attempt %1</source>
            <comment>delivery: time</comment>
            <translation>letzter Versuch %1</translation>
        </message>
        <message numerus="yes">
            <source>Failed after %n attempt(s): %1</source>
            <translation>
                <numerusform>Nach %n Versuch fehlgeschlagen: %1</numerusform>
                <numerusform>Nach %n Versuchen fehlgeschlagen: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Attempt %n failed: %1</source>
            <translation>
                <numerusform>Versuch %n fehlgeschlagen: %1</numerusform>
                <numerusform>Versuch %n fehlgeschlagen: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Versuche</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Letzter Fehler</translation>
        </message>
        <message>
            <source>Pending</source>
            <comment>delivery state</comment>
            <translation>Ausstehend</translation>
        </message>
        <message>
            <source>Delivered</source>
            <comment>delivery state</comment>
            <translation>Zugestellt</translation>
        </message>
        <message>
            <source>Failed</source>
            <comment>delivery state</comment>
            <translation>Fehlgeschlagen</translation>
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
            <translation>Eine Team-Benachrichtigung kann nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>Cannot read the team notifications: %1</source>
            <translation>Die Team-Benachrichtigungen können nicht gelesen werden: %1</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::DetailPane</name>
        <message>
            <source>No endpoint selected</source>
            <translation>Kein Endpunkt ausgewählt</translation>
        </message>
        <message>
            <source>Select an endpoint in the overview to see its charts, failures and last response.</source>
            <translation>Wählen Sie in der Übersicht einen Endpunkt, um seine Diagramme, Fehler und letzte Antwort zu sehen.</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <comment>detail title: service, endpoint</comment>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>&amp;Check now</source>
            <translation>Jetzt &amp;prüfen</translation>
        </message>
        <message>
            <source>Check this endpoint now instead of waiting for its next turn (F5)</source>
            <translation>Diesen Endpunkt sofort prüfen, statt auf die nächste planmäßige Prüfung zu warten (F5)</translation>
        </message>
        <message>
            <source>Check now</source>
            <translation>Jetzt prüfen</translation>
        </message>
        <message>
            <source>Endpoint</source>
            <translation>Endpunkt</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Endpoint details</source>
            <translation>Details zum Endpunkt</translation>
        </message>
        <message>
            <source>Recent failures</source>
            <translation>Letzte Fehler</translation>
        </message>
        <message>
            <source>Char&amp;ts</source>
            <translation>Dia&amp;gramme</translation>
        </message>
        <message>
            <source>Recent fai&amp;lures</source>
            <translation>Letzte Feh&amp;ler</translation>
        </message>
        <message>
            <source>Last res&amp;ponse</source>
            <translation>Letzte Ant&amp;wort</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::EndpointActions</name>
        <message>
            <source>Saved the endpoint "%1".</source>
            <translation>Der Endpunkt „%1“ wurde gespeichert.</translation>
        </message>
        <message>
            <source>Delete Endpoint</source>
            <translation>Endpunkt löschen</translation>
        </message>
        <message>
            <source>Delete the endpoint "%1" of the service "%2"?</source>
            <translation>Den Endpunkt „%1“ des Dienstes „%2“ löschen?</translation>
        </message>
        <message>
            <source>Its history is deleted with it: every check result, the uptime and the state. This cannot be undone.</source>
            <translation>Seine Historie wird mitgelöscht: alle Prüfergebnisse, die Verfügbarkeit und der Zustand. Das kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Import Endpoints</source>
            <translation>Endpunkte importieren</translation>
        </message>
        <message>
            <source>Endpoint files (*.yaml *.yml);;All files (*)</source>
            <translation>Endpunktdateien (*.yaml *.yml);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>How should the endpoints of %1 be imported?</source>
            <translation>Wie sollen die Endpunkte aus %1 importiert werden?</translation>
        </message>
        <message>
            <source>Merge adds the new endpoints and updates the changed ones; endpoints that are not in the file stay as they are.
Replace also deletes the endpoints that are not in the file, with their history.</source>
            <translation>Zusammenführen fügt neue Endpunkte hinzu und aktualisiert geänderte; Endpunkte, die nicht in der Datei stehen, bleiben unverändert.
Ersetzen löscht außerdem die Endpunkte, die nicht in der Datei stehen, samt ihrer Historie.</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Zusammenführen</translation>
        </message>
        <message>
            <source>&amp;Replace</source>
            <translation>&amp;Ersetzen</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>%1 wird gelesen …</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Fortschritt des Imports</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen …</translation>
        </message>
        <message numerus="yes">
            <source>Checking %n endpoint(s)…</source>
            <translation>
                <numerusform>%n Endpunkt wird geprüft …</numerusform>
                <numerusform>%n Endpunkte werden geprüft …</numerusform>
            </translation>
        </message>
        <message>
            <source>Storing the endpoints…</source>
            <translation>Die Endpunkte werden gespeichert …</translation>
        </message>
        <message>
            <source>Imported %1.</source>
            <translation>%1 importiert.</translation>
        </message>
        <message numerus="yes">
            <source>%n endpoint(s) added</source>
            <translation>
                <numerusform>%n Endpunkt hinzugefügt</numerusform>
                <numerusform>%n Endpunkte hinzugefügt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n endpoint(s) changed</source>
            <translation>
                <numerusform>%n Endpunkt geändert</numerusform>
                <numerusform>%n Endpunkte geändert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n endpoint(s) removed</source>
            <translation>
                <numerusform>%n Endpunkt entfernt</numerusform>
                <numerusform>%n Endpunkte entfernt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n endpoint(s) unchanged</source>
            <translation>
                <numerusform>%n Endpunkt unverändert</numerusform>
                <numerusform>%n Endpunkte unverändert</numerusform>
            </translation>
        </message>
        <message>
            <source>Import Failed</source>
            <translation>Import fehlgeschlagen</translation>
        </message>
        <message>
            <source>The import of %1 was cancelled; nothing was changed.</source>
            <translation>Der Import von %1 wurde abgebrochen; nichts wurde geändert.</translation>
        </message>
        <message>
            <source>Export Endpoints</source>
            <translation>Endpunkte exportieren</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n endpoint(s) to %1.</source>
            <translation>
                <numerusform>%n Endpunkt nach %1 exportiert.</numerusform>
                <numerusform>%n Endpunkte nach %1 exportiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Paused the endpoint "%1".</source>
            <translation>Der Endpunkt „%1“ wurde angehalten.</translation>
        </message>
        <message>
            <source>Resumed the endpoint "%1".</source>
            <translation>Der Endpunkt „%1“ wird wieder geprüft.</translation>
        </message>
        <message>
            <source>Deleted the endpoint "%1".</source>
            <translation>Der Endpunkt „%1“ wurde gelöscht.</translation>
        </message>
        <message>
            <source>Pause or Resume Failed</source>
            <translation>Anhalten oder Fortsetzen fehlgeschlagen</translation>
        </message>
        <message>
            <source>Delete Failed</source>
            <translation>Löschen fehlgeschlagen</translation>
        </message>
        <message>
            <source>Export Failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>&amp;Resume Endpoint</source>
            <translation>Endpunkt &amp;fortsetzen</translation>
        </message>
        <message>
            <source>&amp;Pause Endpoint</source>
            <translation>Endpunkt &amp;anhalten</translation>
        </message>
        <message>
            <source>&amp;Add Endpoint…</source>
            <translation>Endpunkt &amp;hinzufügen …</translation>
        </message>
        <message>
            <source>&amp;Edit Endpoint…</source>
            <translation>Endpunkt &amp;bearbeiten …</translation>
        </message>
        <message>
            <source>D&amp;uplicate Endpoint…</source>
            <translation>Endpunkt d&amp;uplizieren …</translation>
        </message>
        <message>
            <source>&amp;Delete Endpoint…</source>
            <translation>Endpunkt &amp;löschen …</translation>
        </message>
        <message>
            <source>&amp;Import Endpoints…</source>
            <translation>Endpunkte &amp;importieren …</translation>
        </message>
        <message>
            <source>E&amp;xport Endpoints…</source>
            <translation>Endpunkte e&amp;xportieren …</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::EndpointEditorDialog</name>
        <message>
            <source>Trusted CA Certificates</source>
            <translation>Vertrauenswürdige CA-Zertifikate</translation>
        </message>
        <message>
            <source>PEM certificates (*.pem *.crt);;All files (*)</source>
            <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>Te&amp;xt:</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Willkommen</translation>
        </message>
        <message>
            <source>Regular e&amp;xpression:</source>
            <translation>Regulärer &amp;Ausdruck:</translation>
        </message>
        <message>
            <source>&amp;JSON pointer:</source>
            <translation>&amp;JSON-Pointer:</translation>
        </message>
        <message>
            <source>Stop &amp;Check</source>
            <translation>Prüfung abbre&amp;chen</translation>
        </message>
        <message>
            <source>&amp;Check Now</source>
            <translation>Jetzt &amp;prüfen</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Wird geprüft …</translation>
        </message>
        <message>
            <source>Runs the check once with the values above, without saving them.</source>
            <translation>Führt die Prüfung einmal mit den obigen Werten aus, ohne sie zu speichern.</translation>
        </message>
        <message>
            <source>Add Endpoint</source>
            <translation>Endpunkt hinzufügen</translation>
        </message>
        <message>
            <source>Edit Endpoint</source>
            <translation>Endpunkt bearbeiten</translation>
        </message>
        <message>
            <source>Duplicate Endpoint</source>
            <translation>Endpunkt duplizieren</translation>
        </message>
        <message>
            <source>Endpoint</source>
            <translation>Endpunkt</translation>
        </message>
        <message>
            <source>&amp;Service:</source>
            <translation>&amp;Dienst:</translation>
        </message>
        <message>
            <source>Citizens' portal</source>
            <translation>Bürgerportal</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Start page</source>
            <translation>Startseite</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>A&amp;rt:</translation>
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
            <translation>TCP-Verbindung</translation>
        </message>
        <message>
            <source>DNS lookup</source>
            <translation>DNS-Abfrage</translation>
        </message>
        <message>
            <source>TLS certificate</source>
            <translation>TLS-Zertifikat</translation>
        </message>
        <message>
            <source>&amp;Target:</source>
            <translation>&amp;Ziel:</translation>
        </message>
        <message>
            <source>&amp;Interval:</source>
            <translation>&amp;Intervall:</translation>
        </message>
        <message>
            <source>e.g. 30s, 5m or 1m30s</source>
            <translation>z. B. 30s, 5m oder 1m30s</translation>
        </message>
        <message>
            <source>Time&amp;out:</source>
            <translation>Zeit&amp;limit:</translation>
        </message>
        <message>
            <source>e.g. 500ms or 10s</source>
            <translation>z. B. 500ms oder 10s</translation>
        </message>
        <message>
            <source>Failures before &amp;down:</source>
            <translation>Fehlschläge bis ausge&amp;fallen:</translation>
        </message>
        <message>
            <source>Successes before &amp;up:</source>
            <translation>Erfolge bis &amp;verfügbar:</translation>
        </message>
        <message>
            <source>&amp;Paused: kept, but not checked</source>
            <translation>Pa&amp;usiert: bleibt erhalten, wird aber nicht geprüft</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>Check result</source>
            <translation>Prüfergebnis</translation>
        </message>
        <message>
            <source>Latency</source>
            <translation>Antwortzeit</translation>
        </message>
        <message>
            <source>Check message</source>
            <translation>Meldung der Prüfung</translation>
        </message>
        <message>
            <source>&amp;Method:</source>
            <translation>&amp;Methode:</translation>
        </message>
        <message>
            <source>&amp;Headers:</source>
            <translation>&amp;Header:</translation>
        </message>
        <message>
            <source>One per line, e.g. Accept: application/json</source>
            <translation>Einer pro Zeile, z. B. Accept: application/json</translation>
        </message>
        <message>
            <source>&amp;Expected status:</source>
            <translation>Erwarteter &amp;Status:</translation>
        </message>
        <message>
            <source>e.g. 200-299, 304</source>
            <translation>z. B. 200-299, 304</translation>
        </message>
        <message>
            <source>&amp;Body:</source>
            <translation>Inhal&amp;t:</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Nicht geprüft</translation>
        </message>
        <message>
            <source>Contains text</source>
            <translation>Enthält Text</translation>
        </message>
        <message>
            <source>Matches a regular expression</source>
            <translation>Passt auf einen regulären Ausdruck</translation>
        </message>
        <message>
            <source>JSON value at a pointer</source>
            <translation>JSON-Wert an einem Pointer</translation>
        </message>
        <message>
            <source>E&amp;quals:</source>
            <translation>Erwarteter &amp;Wert:</translation>
        </message>
        <message>
            <source>JSON such as "ok", 42 or true; other text is a string</source>
            <translation>JSON wie "ok", 42 oder true; anderer Text gilt als Zeichenkette</translation>
        </message>
        <message>
            <source>De&amp;graded above:</source>
            <translation>&amp;Beeinträchtigt ab:</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source>&amp;Redirects to follow:</source>
            <translation>W&amp;eiterleitungen folgen:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Body &amp;limit:</source>
            <translation>Größen&amp;grenze des Inhalts:</translation>
        </message>
        <message>
            <source>e.g. 512KiB or 1MiB</source>
            <translation>z. B. 512KiB oder 1MiB</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Zertifikat</translation>
        </message>
        <message>
            <source>&amp;Warn days before expiry:</source>
            <translation>Tage v&amp;or Ablauf warnen:</translation>
        </message>
        <message>
            <source>&amp;Verify the certificate chain and host name</source>
            <translation>Zertifikats&amp;kette und Hostnamen prüfen</translation>
        </message>
        <message>
            <source>C&amp;A file:</source>
            <translation>&amp;CA-Datei:</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen …</translation>
        </message>
        <message>
            <source>TCP</source>
            <translation>TCP</translation>
        </message>
        <message>
            <source>A TCP check opens a connection to the target and closes it again; it has no settings of its own.</source>
            <translation>Eine TCP-Prüfung öffnet eine Verbindung zum Ziel und schließt sie wieder; sie hat keine eigenen Einstellungen.</translation>
        </message>
        <message>
            <source>DNS</source>
            <translation>DNS</translation>
        </message>
        <message>
            <source>&amp;Record:</source>
            <translation>&amp;Eintrag:</translation>
        </message>
        <message>
            <source>A or AAAA</source>
            <translation>A oder AAAA</translation>
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
            <translation>Erwartete Adre&amp;ssen:</translation>
        </message>
        <message>
            <source>none; or e.g. 192.0.2.10, 2001:db8::10</source>
            <translation>keine; oder z. B. 192.0.2.10, 2001:db8::10</translation>
        </message>
        <message>
            <source>Name ser&amp;ver:</source>
            <translation>N&amp;ameserver:</translation>
        </message>
        <message>
            <source>the system's resolver</source>
            <translation>der Resolver des Systems</translation>
        </message>
        <message>
            <source>Fill in the empty fields to save the endpoint.</source>
            <translation>Füllen Sie die leeren Felder aus, um den Endpunkt zu speichern.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Choose a CA file</source>
            <translation>CA-Datei wählen</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::EndpointFile</name>
        <message>
            <source>expected a list of endpoints</source>
            <translation>erwartet wird eine Liste von Endpunkten</translation>
        </message>
        <message>
            <source>endpoint "%1" of service "%2" is already defined at line %3</source>
            <translation>Endpunkt „%1“ des Dienstes „%2“ ist bereits in Zeile %3 definiert</translation>
        </message>
        <message>
            <source>expected a mapping with the keys version and endpoints</source>
            <translation>erwartet wird eine Zuordnung mit den Schlüsseln version und endpoints</translation>
        </message>
        <message>
            <source>a key must be a word</source>
            <translation>ein Schlüssel muss ein Wort sein</translation>
        </message>
        <message>
            <source>the key appears more than once</source>
            <translation>der Schlüssel kommt mehrfach vor</translation>
        </message>
        <message>
            <source>a value is required</source>
            <translation>ein Wert ist erforderlich</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>darf nicht leer sein</translation>
        </message>
        <message>
            <source>must be at least %1</source>
            <translation>muss mindestens %1 sein</translation>
        </message>
        <message>
            <source>must be between %1 and %2</source>
            <translation>muss zwischen %1 und %2 liegen</translation>
        </message>
        <message>
            <source>expected a duration such as 500ms, 30s, 5m or 1h, not "%1"</source>
            <translation>erwartet wird eine Dauer wie 500ms, 30s, 5m oder 1h, nicht „%1“</translation>
        </message>
        <message>
            <source>must be at most %1</source>
            <translation>darf höchstens %1 sein</translation>
        </message>
        <message>
            <source>expected a size such as 512KiB or 1MiB, not "%1"</source>
            <translation>erwartet wird eine Größe wie 512KiB oder 1MiB, nicht „%1“</translation>
        </message>
        <message>
            <source>the timeout (%1) is longer than the interval (%2)</source>
            <translation>die Zeitgrenze (%1) ist länger als das Intervall (%2)</translation>
        </message>
        <message>
            <source>not a valid HTTP method</source>
            <translation>keine gültige HTTP-Methode</translation>
        </message>
        <message>
            <source>not a valid header name</source>
            <translation>kein gültiger Header-Name</translation>
        </message>
        <message>
            <source>a header value must not contain line breaks or control characters</source>
            <translation>ein Header-Wert darf keine Zeilenumbrüche oder Steuerzeichen enthalten</translation>
        </message>
        <message>
            <source>expected one header as name: value</source>
            <translation>erwartet wird ein Header als name: wert</translation>
        </message>
        <message>
            <source>expected a mapping of header names to values, or a list of them</source>
            <translation>erwartet wird eine Zuordnung von Header-Namen zu Werten oder eine Liste davon</translation>
        </message>
        <message>
            <source>at least one status code or range is required</source>
            <translation>mindestens ein Statuscode oder Bereich ist erforderlich</translation>
        </message>
        <message>
            <source>expected a status code such as 200 or a range such as 200-299</source>
            <translation>erwartet wird ein Statuscode wie 200 oder ein Bereich wie 200-299</translation>
        </message>
        <message>
            <source>status codes are between 100 and 599</source>
            <translation>Statuscodes liegen zwischen 100 und 599</translation>
        </message>
        <message>
            <source>the range starts after it ends</source>
            <translation>der Bereich beginnt nach seinem Ende</translation>
        </message>
        <message>
            <source>give exactly one of contains, matches or json_pointer</source>
            <translation>geben Sie genau eines von contains, matches oder json_pointer an</translation>
        </message>
        <message>
            <source>invalid regular expression at offset %1: %2</source>
            <translation>ungültiger regulärer Ausdruck an Position %1: %2</translation>
        </message>
        <message>
            <source>invalid JSON pointer: it starts with / and writes ~ as ~0 and / inside a name as ~1</source>
            <translation>ungültiger JSON-Pointer: er beginnt mit / und schreibt ~ als ~0 und / innerhalb eines Namens als ~1</translation>
        </message>
        <message>
            <source>json_pointer needs equals: the value to compare with</source>
            <translation>json_pointer braucht equals: den Vergleichswert</translation>
        </message>
        <message>
            <source>equals applies only with json_pointer</source>
            <translation>equals gilt nur zusammen mit json_pointer</translation>
        </message>
        <message>
            <source>expected A, AAAA or any</source>
            <translation>erwartet wird A, AAAA oder any</translation>
        </message>
        <message>
            <source>not an IP address</source>
            <translation>keine IP-Adresse</translation>
        </message>
        <message>
            <source>an A record holds an IPv4 address, not this IPv6 address</source>
            <translation>ein A-Eintrag enthält eine IPv4-Adresse, nicht diese IPv6-Adresse</translation>
        </message>
        <message>
            <source>an AAAA record holds an IPv6 address, not this IPv4 address</source>
            <translation>ein AAAA-Eintrag enthält eine IPv6-Adresse, nicht diese IPv4-Adresse</translation>
        </message>
        <message>
            <source>expected a host or host:port such as 192.0.2.53 or [2001:db8::53]:53</source>
            <translation>erwartet wird ein Host oder host:port wie 192.0.2.53 oder [2001:db8::53]:53</translation>
        </message>
        <message>
            <source>the port must be between 1 and 65535</source>
            <translation>der Port muss zwischen 1 und 65535 liegen</translation>
        </message>
        <message>
            <source>must be an absolute path</source>
            <translation>muss ein absoluter Pfad sein</translation>
        </message>
        <message>
            <source>unknown kind "%1"; expected http, https, tcp, dns or tls</source>
            <translation>unbekannte Art „%1“; erwartet wird http, https, tcp, dns oder tls</translation>
        </message>
        <message>
            <source>http settings apply only to http and https endpoints</source>
            <translation>http-Einstellungen gelten nur für http- und https-Endpunkte</translation>
        </message>
        <message>
            <source>dns settings apply only to dns endpoints</source>
            <translation>dns-Einstellungen gelten nur für dns-Endpunkte</translation>
        </message>
        <message>
            <source>tls settings apply only to https and tls endpoints</source>
            <translation>tls-Einstellungen gelten nur für https- und tls-Endpunkte</translation>
        </message>
        <message>
            <source>the latency threshold (%1) must be shorter than the timeout (%2)</source>
            <translation>die Antwortzeit-Schwelle (%1) muss kürzer als die Zeitgrenze (%2) sein</translation>
        </message>
        <message>
            <source>not a valid URL: %1</source>
            <translation>keine gültige URL: %1</translation>
        </message>
        <message>
            <source>a %1 endpoint needs a URL that starts with %1://</source>
            <translation>ein %1-Endpunkt braucht eine URL, die mit %1:// beginnt</translation>
        </message>
        <message>
            <source>the URL has no host</source>
            <translation>die URL enthält keinen Host</translation>
        </message>
        <message>
            <source>the URL must not contain a user name or password</source>
            <translation>die URL darf keinen Benutzernamen und kein Passwort enthalten</translation>
        </message>
        <message>
            <source>expected host:port such as example.org:443 or [2001:db8::1]:443</source>
            <translation>erwartet wird host:port wie example.org:443 oder [2001:db8::1]:443</translation>
        </message>
        <message>
            <source>expected a host name to resolve such as www.example.org</source>
            <translation>erwartet wird ein aufzulösender Hostname wie www.example.org</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::EndpointNames</name>
        <message>
            <source>%1 (copy)</source>
            <comment>name of a duplicated endpoint</comment>
            <translation>%1 (Kopie)</translation>
        </message>
        <message>
            <source>%1 (copy %2)</source>
            <comment>name of a duplicated endpoint</comment>
            <translation>%1 (Kopie %2)</translation>
        </message>
        <message>
            <source>The service "%1" already has an endpoint named "%2".</source>
            <translation>Der Dienst „%1“ hat bereits einen Endpunkt namens „%2“.</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::EndpointOverview</name>
        <message>
            <source>Filter by name, target, service or error (%1)</source>
            <translation>Nach Name, Ziel, Dienst oder Fehler filtern (%1)</translation>
        </message>
        <message>
            <source>Filter endpoints</source>
            <translation>Endpunkte filtern</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Zeigen:</translation>
        </message>
        <message>
            <source>Show endpoints in state</source>
            <translation>Endpunkte im Zustand zeigen</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Ausgefallen</translation>
        </message>
        <message>
            <source>Degraded</source>
            <translation>Beeinträchtigt</translation>
        </message>
        <message>
            <source>Down and degraded</source>
            <translation>Ausgefallen und beeinträchtigt</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Verfügbar</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Endpoints</source>
            <translation>Endpunkte</translation>
        </message>
        <message>
            <source>No endpoints are monitored yet.</source>
            <translation>Es werden noch keine Endpunkte überwacht.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::EndpointRepository</name>
        <message>
            <source>Cannot read the endpoints: %1</source>
            <translation>Die Endpunkte können nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Cannot read the endpoint %1: %2</source>
            <translation>Der Endpunkt %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Cannot add the endpoint %1: %2</source>
            <translation>Der Endpunkt %1 kann nicht hinzugefügt werden: %2</translation>
        </message>
        <message>
            <source>Cannot change the endpoint %1: %2</source>
            <translation>Der Endpunkt %1 kann nicht geändert werden: %2</translation>
        </message>
        <message>
            <source>There is no endpoint with id %1.</source>
            <translation>Es gibt keinen Endpunkt mit der ID %1.</translation>
        </message>
        <message>
            <source>Cannot remove the endpoint %1: %2</source>
            <translation>Der Endpunkt %1 kann nicht entfernt werden: %2</translation>
        </message>
        <message>
            <source>Cannot pause or resume the endpoint %1: %2</source>
            <translation>Der Endpunkt %1 kann nicht pausiert oder fortgesetzt werden: %2</translation>
        </message>
        <message>
            <source>The endpoint %1 of the service %2 is defined twice.</source>
            <translation>Der Endpunkt %1 des Dienstes %2 ist doppelt definiert.</translation>
        </message>
        <message>
            <source>Cannot import the endpoints: %1</source>
            <translation>Die Endpunkte können nicht importiert werden: %1</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was changed.</source>
            <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::EndpointState</name>
        <message>
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Verfügbar</translation>
        </message>
        <message>
            <source>Degraded</source>
            <translation>Beeinträchtigt</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Ausgefallen</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Maintenance</source>
            <translation>Wartung</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::EndpointStatusQuery</name>
        <message>
            <source>Cannot read the endpoint states: %1</source>
            <translation>Die Endpunkt-Zustände können nicht gelesen werden: %1</translation>
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
                <numerusform>%n Endpunkt</numerusform>
                <numerusform>%n Endpunkte</numerusform>
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
                <numerusform>%n ausgefallen</numerusform>
                <numerusform>%n ausgefallen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n degraded</source>
            <comment>service summary</comment>
            <translation>
                <numerusform>%n beeinträchtigt</numerusform>
                <numerusform>%n beeinträchtigt</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 since %2</source>
            <comment>state since time</comment>
            <translation>%1 seit %2</translation>
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
            <translation>Noch keine Prüfungen</translation>
        </message>
        <message numerus="yes">
            <source>%n recent check(s), %1 failed</source>
            <translation>
                <numerusform>%n letzte Prüfung, %1 fehlgeschlagen</numerusform>
                <numerusform>%n letzte Prüfungen, %1 fehlgeschlagen</numerusform>
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
                <numerusform>Das Zertifikat läuft am %1 ab (in %n Tag).</numerusform>
                <numerusform>Das Zertifikat läuft am %1 ab (in %n Tagen).</numerusform>
            </translation>
        </message>
        <message>
            <source>The certificate expired on %1.</source>
            <translation>Das Zertifikat ist am %1 abgelaufen.</translation>
        </message>
        <message>
            <source>connection refused</source>
            <translation>Verbindung abgelehnt</translation>
        </message>
        <message>
            <source>the remote host closed the connection</source>
            <translation>die Gegenstelle hat die Verbindung geschlossen</translation>
        </message>
        <message>
            <source>host not found</source>
            <translation>Host nicht gefunden</translation>
        </message>
        <message>
            <source>socket access denied</source>
            <translation>Zugriff auf den Socket verweigert</translation>
        </message>
        <message>
            <source>out of socket resources</source>
            <translation>keine Socket-Ressourcen mehr frei</translation>
        </message>
        <message>
            <source>socket operation timed out</source>
            <translation>Zeitüberschreitung bei der Socket-Operation</translation>
        </message>
        <message>
            <source>datagram too large</source>
            <translation>Datagramm zu groß</translation>
        </message>
        <message>
            <source>network or host unreachable</source>
            <translation>Netz oder Host nicht erreichbar</translation>
        </message>
        <message>
            <source>address in use</source>
            <translation>Adresse wird bereits verwendet</translation>
        </message>
        <message>
            <source>address not available</source>
            <translation>Adresse nicht verfügbar</translation>
        </message>
        <message>
            <source>unsupported socket operation</source>
            <translation>nicht unterstützte Socket-Operation</translation>
        </message>
        <message>
            <source>unfinished socket operation</source>
            <translation>unvollendete Socket-Operation</translation>
        </message>
        <message>
            <source>the proxy requires authentication</source>
            <translation>der Proxy verlangt eine Anmeldung</translation>
        </message>
        <message>
            <source>TLS handshake failed</source>
            <translation>TLS-Handshake fehlgeschlagen</translation>
        </message>
        <message>
            <source>the proxy refused the connection</source>
            <translation>der Proxy hat die Verbindung abgelehnt</translation>
        </message>
        <message>
            <source>the proxy closed the connection</source>
            <translation>der Proxy hat die Verbindung geschlossen</translation>
        </message>
        <message>
            <source>the proxy timed out</source>
            <translation>Zeitüberschreitung beim Proxy</translation>
        </message>
        <message>
            <source>proxy not found</source>
            <translation>Proxy nicht gefunden</translation>
        </message>
        <message>
            <source>proxy protocol error</source>
            <translation>Protokollfehler des Proxys</translation>
        </message>
        <message>
            <source>operation not allowed in the socket's state</source>
            <translation>im Zustand des Sockets nicht erlaubte Operation</translation>
        </message>
        <message>
            <source>TLS internal error</source>
            <translation>interner TLS-Fehler</translation>
        </message>
        <message>
            <source>invalid TLS data</source>
            <translation>ungültige TLS-Daten</translation>
        </message>
        <message>
            <source>temporary socket error</source>
            <translation>vorübergehender Socket-Fehler</translation>
        </message>
        <message>
            <source>socket error</source>
            <translation>Socket-Fehler</translation>
        </message>
        <message>
            <source>the issuer certificate could not be found</source>
            <translation>das Zertifikat des Ausstellers wurde nicht gefunden</translation>
        </message>
        <message>
            <source>the certificate signature could not be decrypted</source>
            <translation>die Signatur des Zertifikats konnte nicht entschlüsselt werden</translation>
        </message>
        <message>
            <source>the public key of the issuer could not be read</source>
            <translation>der öffentliche Schlüssel des Ausstellers konnte nicht gelesen werden</translation>
        </message>
        <message>
            <source>the signature of the certificate is invalid</source>
            <translation>die Signatur des Zertifikats ist ungültig</translation>
        </message>
        <message>
            <source>the certificate is not yet valid</source>
            <translation>das Zertifikat ist noch nicht gültig</translation>
        </message>
        <message>
            <source>the certificate has expired</source>
            <translation>das Zertifikat ist abgelaufen</translation>
        </message>
        <message>
            <source>the certificate's validity dates are invalid</source>
            <translation>die Gültigkeitsdaten des Zertifikats sind ungültig</translation>
        </message>
        <message>
            <source>the certificate is self-signed and untrusted</source>
            <translation>das Zertifikat ist selbstsigniert und nicht vertrauenswürdig</translation>
        </message>
        <message>
            <source>the root certificate of the chain is self-signed and untrusted</source>
            <translation>das Stammzertifikat der Kette ist selbstsigniert und nicht vertrauenswürdig</translation>
        </message>
        <message>
            <source>the issuer certificate of a locally looked up certificate could not be found</source>
            <translation>das Zertifikat des Ausstellers eines lokal gefundenen Zertifikats wurde nicht gefunden</translation>
        </message>
        <message>
            <source>no certificates could be verified</source>
            <translation>es konnte kein Zertifikat geprüft werden</translation>
        </message>
        <message>
            <source>the certificate has been revoked</source>
            <translation>das Zertifikat wurde widerrufen</translation>
        </message>
        <message>
            <source>the issuer certificate is not a valid certificate authority</source>
            <translation>das Zertifikat des Ausstellers ist keine gültige Zertifizierungsstelle</translation>
        </message>
        <message>
            <source>the certificate chain is longer than allowed</source>
            <translation>die Zertifikatskette ist länger als erlaubt</translation>
        </message>
        <message>
            <source>the certificate is not meant for this purpose</source>
            <translation>das Zertifikat ist nicht für diesen Zweck bestimmt</translation>
        </message>
        <message>
            <source>the root certificate authority is not trusted for this purpose</source>
            <translation>der Stammzertifizierungsstelle wird für diesen Zweck nicht vertraut</translation>
        </message>
        <message>
            <source>the root certificate authority rejects this purpose</source>
            <translation>die Stammzertifizierungsstelle lehnt diesen Zweck ab</translation>
        </message>
        <message>
            <source>the issuer certificate does not match the certificate</source>
            <translation>das Zertifikat des Ausstellers passt nicht zum Zertifikat</translation>
        </message>
        <message>
            <source>the server presented no certificate</source>
            <translation>der Server hat kein Zertifikat vorgelegt</translation>
        </message>
        <message>
            <source>the host name matches none of the names in the certificate</source>
            <translation>der Hostname passt zu keinem Namen im Zertifikat</translation>
        </message>
        <message>
            <source>TLS is not supported here</source>
            <translation>TLS wird hier nicht unterstützt</translation>
        </message>
        <message>
            <source>the certificate is blacklisted</source>
            <translation>das Zertifikat steht auf einer Sperrliste</translation>
        </message>
        <message>
            <source>no answer from the name server</source>
            <translation>keine Antwort vom Nameserver</translation>
        </message>
        <message>
            <source>invalid reply from the name server</source>
            <translation>ungültige Antwort vom Nameserver</translation>
        </message>
        <message>
            <source>invalid request</source>
            <translation>ungültige Anfrage</translation>
        </message>
        <message>
            <source>lookup cancelled</source>
            <translation>Abfrage abgebrochen</translation>
        </message>
        <message>
            <source>resolver error</source>
            <translation>Fehler des Resolvers</translation>
        </message>
        <message>
            <source>lookup failed</source>
            <translation>Abfrage fehlgeschlagen</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::EndpointTransfer</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::EndpointTreeModel</name>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Latency</source>
            <translation>Antwortzeit</translation>
        </message>
        <message>
            <source>Uptime 24 h</source>
            <translation>Verfügbarkeit 24 h</translation>
        </message>
        <message>
            <source>Uptime 30 d</source>
            <translation>Verfügbarkeit 30 T</translation>
        </message>
        <message>
            <source>Last check</source>
            <translation>Letzte Prüfung</translation>
        </message>
        <message>
            <source>Recent checks</source>
            <translation>Letzte Prüfungen</translation>
        </message>
        <message>
            <source>Time to a complete answer in the latest check</source>
            <translation>Zeit bis zur vollständigen Antwort bei der letzten Prüfung</translation>
        </message>
        <message>
            <source>Share of the last 24 hours the endpoint answered (maintenance and unknown time do not count)</source>
            <translation>Anteil der letzten 24 Stunden, in dem der Endpunkt geantwortet hat (Wartung und unbekannte Zeit zählen nicht)</translation>
        </message>
        <message>
            <source>Share of the last 30 days the endpoint answered (maintenance and unknown time do not count)</source>
            <translation>Anteil der letzten 30 Tage, in dem der Endpunkt geantwortet hat (Wartung und unbekannte Zeit zählen nicht)</translation>
        </message>
        <message numerus="yes">
            <source>The last %n check(s), oldest on the left</source>
            <translation>
                <numerusform>Die letzte Prüfung</numerusform>
                <numerusform>Die letzten %n Prüfungen, die älteste links</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Leitstand::FailureListModel</name>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
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
            <translation>Bayern</translation>
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
            <translation>Hessen</translation>
        </message>
        <message>
            <source>Mecklenburg-Western Pomerania</source>
            <translation>Mecklenburg-Vorpommern</translation>
        </message>
        <message>
            <source>Lower Saxony</source>
            <translation>Niedersachsen</translation>
        </message>
        <message>
            <source>North Rhine-Westphalia</source>
            <translation>Nordrhein-Westfalen</translation>
        </message>
        <message>
            <source>Rhineland-Palatinate</source>
            <translation>Rheinland-Pfalz</translation>
        </message>
        <message>
            <source>Saarland</source>
            <translation>Saarland</translation>
        </message>
        <message>
            <source>Saxony</source>
            <translation>Sachsen</translation>
        </message>
        <message>
            <source>Saxony-Anhalt</source>
            <translation>Sachsen-Anhalt</translation>
        </message>
        <message>
            <source>Schleswig-Holstein</source>
            <translation>Schleswig-Holstein</translation>
        </message>
        <message>
            <source>Thuringia</source>
            <translation>Thüringen</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::FeedConfiguration</name>
        <message>
            <source>The feed URL "%1" is not a valid address.</source>
            <translation>Die Feed-URL „%1“ ist keine gültige Adresse.</translation>
        </message>
        <message>
            <source>The feed URL must begin with https://, so that the password and the notices are never sent in clear text.</source>
            <translation>Die Feed-URL muss mit https:// beginnen, damit Passwort und Meldungen nie im Klartext übertragen werden.</translation>
        </message>
        <message>
            <source>The feed URL names the folder the feeds go into and must end with a slash (/).</source>
            <translation>Die Feed-URL nennt den Ordner, in den die Feeds kommen, und muss mit einem Schrägstrich (/) enden.</translation>
        </message>
        <message>
            <source>The feed URL must not contain a user name or password; the password is kept in the system's secret store.</source>
            <translation>Die Feed-URL darf keinen Benutzernamen und kein Passwort enthalten; das Passwort wird im Schlüsselbund des Systems aufbewahrt.</translation>
        </message>
        <message>
            <source>Basic authentication needs a user name.</source>
            <translation>Die Basic-Anmeldung braucht einen Benutzernamen.</translation>
        </message>
        <message>
            <source>The portal URL "%1" is not a valid address.</source>
            <translation>Die Portal-URL „%1“ ist keine gültige Adresse.</translation>
        </message>
        <message>
            <source>Cannot read the certificate authorities for the feed server from %1: %2</source>
            <translation>Die Zertifizierungsstellen für den Feed-Server können nicht aus %1 gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 holds no certificate in PEM form.</source>
            <translation>%1 enthält kein Zertifikat im PEM-Format.</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::FeedPublisher</name>
        <message>
            <source>Cannot lock %1 on the feed server: %2</source>
            <translation>%1 kann auf dem Feed-Server nicht gesperrt werden: %2</translation>
        </message>
        <message numerus="yes">
            <source>Another publisher has held the feed for more than %n second(s); try again later.</source>
            <translation>
                <numerusform>Eine andere Stelle hält den Feed seit mehr als %n Sekunde gesperrt; versuchen Sie es später noch einmal.</numerusform>
                <numerusform>Eine andere Stelle hält den Feed seit mehr als %n Sekunden gesperrt; versuchen Sie es später noch einmal.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot read %1 from the feed server: %2</source>
            <translation>%1 kann nicht vom Feed-Server gelesen werden: %2</translation>
        </message>
        <message>
            <source>The feed server sends no ETag for %1, so Leitstand cannot publish without risking overwriting a colleague's notices.</source>
            <translation>Der Feed-Server sendet kein ETag für %1; Leitstand kann daher nicht veröffentlichen, ohne Meldungen von Kolleginnen und Kollegen zu überschreiben.</translation>
        </message>
        <message>
            <source>The feed server sends a weak ETag for %1, which cannot protect a change. Configure it to send strong ones (Apache: FileETag Digest).</source>
            <translation>Der Feed-Server sendet ein schwaches ETag für %1, das eine Änderung nicht schützen kann. Richten Sie ihn für starke ETags ein (Apache: FileETag Digest).</translation>
        </message>
        <message>
            <source>%1 on the feed server cannot be read, so it was not overwritten: %2</source>
            <translation>%1 auf dem Feed-Server ist nicht lesbar und wurde deshalb nicht überschrieben: %2</translation>
        </message>
        <message>
            <source>The feed server refused to give %1: %2</source>
            <translation>Der Feed-Server verweigert %1: %2</translation>
        </message>
        <message>
            <source>The feed server did not accept %1: %2</source>
            <translation>Der Feed-Server hat %1 nicht angenommen: %2</translation>
        </message>
        <message numerus="yes">
            <source>Other publishers changed the feed %n time(s) in a row while Leitstand was publishing; try again.</source>
            <translation>
                <numerusform>Andere haben den Feed während der Veröffentlichung %n-mal in Folge geändert; versuchen Sie es noch einmal.</numerusform>
                <numerusform>Andere haben den Feed während der Veröffentlichung %n-mal in Folge geändert; versuchen Sie es noch einmal.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 on the feed server cannot be read: %2</source>
            <translation>%1 auf dem Feed-Server ist nicht lesbar: %2</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::FeedServerDialog</name>
        <message>
            <source>Feed Server</source>
            <translation>Feed-Server</translation>
        </message>
        <message>
            <source>User name and password (Basic)</source>
            <translation>Benutzername und Passwort (Basic)</translation>
        </message>
        <message>
            <source>Token (Bearer)</source>
            <translation>Token (Bearer)</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>Leave empty to keep the stored one</source>
            <translation>Leer lassen, um das hinterlegte zu behalten</translation>
        </message>
        <message>
            <source>The system's authorities</source>
            <translation>Die Zertifizierungsstellen des Systems</translation>
        </message>
        <message>
            <source>B&amp;rowse…</source>
            <translation>&amp;Durchsuchen …</translation>
        </message>
        <message>
            <source>Choose the certificate authorities file</source>
            <translation>Datei mit Zertifizierungsstellen wählen</translation>
        </message>
        <message>
            <source>Feed &amp;URL:</source>
            <translation>Feed-&amp;URL:</translation>
        </message>
        <message>
            <source>&amp;Authentication:</source>
            <translation>&amp;Anmeldung:</translation>
        </message>
        <message>
            <source>User &amp;name:</source>
            <translation>Benutzer&amp;name:</translation>
        </message>
        <message>
            <source>&amp;Password or token:</source>
            <translation>&amp;Passwort oder Token:</translation>
        </message>
        <message>
            <source>Certificate au&amp;thorities:</source>
            <translation>&amp;Zertifizierungsstellen:</translation>
        </message>
        <message>
            <source>P&amp;ortal page:</source>
            <translation>P&amp;ortalseite:</translation>
        </message>
        <message>
            <source>Pu&amp;blisher:</source>
            <translation>&amp;Herausgeber:</translation>
        </message>
        <message>
            <source>The password or token is kept in the system's secret store, never in the settings file. The feed itself is public: portals read it without logging in.</source>
            <translation>Passwort oder Token werden im Schlüsselbund des Systems aufbewahrt, nie in der Einstellungsdatei. Der Feed selbst ist öffentlich: Portale lesen ihn ohne Anmeldung.</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <source>Certificate Authorities</source>
            <translation>Zertifizierungsstellen</translation>
        </message>
        <message>
            <source>PEM certificates (*.pem *.crt);;All files (*)</source>
            <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
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
            <translation>Import abgelehnt</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) in %1; nothing was imported. Fix them and import the file again.</source>
            <translation>
                <numerusform>%n Problem in %1; nichts wurde importiert. Beheben Sie es und importieren Sie die Datei erneut.</numerusform>
                <numerusform>%n Probleme in %1; nichts wurde importiert. Beheben Sie sie und importieren Sie die Datei erneut.</numerusform>
            </translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::IncidentBook</name>
        <message>
            <source>Incident %1 is not open.</source>
            <translation>Vorfall %1 ist nicht offen.</translation>
        </message>
        <message>
            <source>Incident %1 is resolved and can no longer be changed.</source>
            <translation>Vorfall %1 ist behoben und kann nicht mehr geändert werden.</translation>
        </message>
        <message>
            <source>An incident opened by hand needs a title.</source>
            <translation>Ein von Hand eröffneter Vorfall braucht einen Titel.</translation>
        </message>
        <message>
            <source>A note needs some text.</source>
            <translation>Eine Notiz braucht Text.</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::IncidentDetail</name>
        <message>
            <source>Not done: %1</source>
            <translation>Nicht ausgeführt: %1</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <source>Resolve Incident</source>
            <translation>Vorfall beheben</translation>
        </message>
        <message>
            <source>Resolve "%1"?</source>
            <translation>„%1“ als behoben markieren?</translation>
        </message>
        <message>
            <source>The incident leaves the list of open incidents. If the service fails again within a few minutes, the incident is reopened.</source>
            <translation>Der Vorfall verschwindet aus der Liste der offenen Vorfälle. Fällt der Dienst innerhalb weniger Minuten erneut aus, wird er wieder eröffnet.</translation>
        </message>
        <message>
            <source>&amp;Resolve</source>
            <translation>&amp;Beheben</translation>
        </message>
        <message>
            <source>No team</source>
            <translation>Kein Team</translation>
        </message>
        <message>
            <source>No incident selected</source>
            <translation>Kein Vorfall ausgewählt</translation>
        </message>
        <message>
            <source>Select an incident in the list to see its timeline and act on it.</source>
            <translation>Wählen Sie einen Vorfall in der Liste, um seinen Verlauf zu sehen und ihn zu bearbeiten.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keines</translation>
        </message>
        <message>
            <source>Service: %1 · Severity: %2 · State: %3 · Team: %4</source>
            <translation>Dienst: %1 · Schweregrad: %2 · Status: %3 · Team: %4</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>Eröffnet %1</translation>
        </message>
        <message>
            <source>Acknowledged %1 by %2, %3 after opening</source>
            <translation>Quittiert %1 von %2, %3 nach Eröffnung</translation>
        </message>
        <message>
            <source>Not acknowledged yet</source>
            <translation>Noch nicht quittiert</translation>
        </message>
        <message>
            <source>Resolved %1, %2 after opening</source>
            <translation>Behoben %1, %2 nach Eröffnung</translation>
        </message>
        <message>
            <source>Affected endpoints: %1</source>
            <translation>Betroffene Endpunkte: %1</translation>
        </message>
        <message>
            <source>A&amp;cknowledge</source>
            <translation>&amp;Quittieren</translation>
        </message>
        <message>
            <source>Say that you are working on this incident</source>
            <translation>Zeigen, dass Sie sich um diesen Vorfall kümmern</translation>
        </message>
        <message>
            <source>S&amp;tate:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <source>Se&amp;verity:</source>
            <translation>Sch&amp;weregrad:</translation>
        </message>
        <message>
            <source>Assi&amp;gned to:</source>
            <translation>&amp;Zugewiesen an:</translation>
        </message>
        <message>
            <source>&amp;Resolve…</source>
            <translation>&amp;Beheben…</translation>
        </message>
        <message>
            <source>Mark the incident as resolved, after a confirmation</source>
            <translation>Den Vorfall nach einer Rückfrage als behoben markieren</translation>
        </message>
        <message>
            <source>Add a note to the timeline</source>
            <translation>Notiz zum Verlauf hinzufügen</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Add &amp;note</source>
            <translation>&amp;Notiz hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Your name:</source>
            <translation>&amp;Ihr Name:</translation>
        </message>
        <message>
            <source>The name the timeline gives for what you do</source>
            <translation>Der Name, unter dem der Verlauf Ihre Schritte festhält</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Vorfall</translation>
        </message>
        <message>
            <source>Service, severity, state and team</source>
            <translation>Dienst, Schweregrad, Status und Team</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Zeiten</translation>
        </message>
        <message>
            <source>Ti&amp;meline</source>
            <translation>&amp;Verlauf</translation>
        </message>
        <message>
            <source>Incident details</source>
            <translation>Vorfalldetails</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>N&amp;otifications</source>
            <translation>B&amp;enachrichtigungen</translation>
        </message>
        <message numerus="yes">
            <source>N&amp;otifications (%n failed)</source>
            <translation>
                <numerusform>B&amp;enachrichtigungen (%n fehlgeschlagen)</numerusform>
                <numerusform>B&amp;enachrichtigungen (%n fehlgeschlagen)</numerusform>
            </translation>
        </message>
        <message>
            <source>Notice for &amp;Users…</source>
            <translation>&amp;Meldung für Nutzende …</translation>
        </message>
        <message>
            <source>Write an outage notice for the public about this incident, in German and English</source>
            <translation>Eine Störungsmeldung für die Öffentlichkeit zu diesem Vorfall schreiben, auf Deutsch und Englisch</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::IncidentEvent</name>
        <message>
            <source>Opened</source>
            <translation>Eröffnet</translation>
        </message>
        <message>
            <source>State changed</source>
            <translation>Status geändert</translation>
        </message>
        <message>
            <source>Severity changed</source>
            <translation>Schweregrad geändert</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Quittiert</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>Zugewiesen</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Endpoint changed</source>
            <translation>Endpunkt geändert</translation>
        </message>
        <message>
            <source>Likely cause named</source>
            <translation>Wahrscheinliche Ursache benannt</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Behoben</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Wieder eröffnet</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::IncidentListModel</name>
        <message>
            <source>Down now: %1
Affected: %2</source>
            <translation>Jetzt ausgefallen: %1
Betroffen: %2</translation>
        </message>
        <message>
            <source>Open for %1</source>
            <translation>Offen seit %1</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Schweregrad</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Vorfall</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Eröffnet</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Affected endpoints</source>
            <translation>Betroffene Endpunkte</translation>
        </message>
        <message>
            <source>Acknowledged by</source>
            <translation>Quittiert von</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::IncidentRepository</name>
        <message>
            <source>Cannot store the incidents: %1</source>
            <translation>Die Vorfälle können nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>Cannot store incident %1: %2</source>
            <translation>Vorfall %1 kann nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <source>Cannot read the incidents: %1</source>
            <translation>Die Vorfälle können nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Cannot read the timeline of incident %1: %2</source>
            <translation>Der Verlauf von Vorfall %1 kann nicht gelesen werden: %2</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::IncidentSeverity</name>
        <message>
            <source>Minor</source>
            <translation>Geringfügig</translation>
        </message>
        <message>
            <source>Major</source>
            <translation>Erheblich</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Kritisch</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::IncidentState</name>
        <message>
            <source>Investigating</source>
            <translation>Wird untersucht</translation>
        </message>
        <message>
            <source>Identified</source>
            <translation>Ursache erkannt</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Wird beobachtet</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Behoben</translation>
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
            <translation>%1 Min.</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <comment>duration in hours and minutes</comment>
            <translation>%1 Std. %2 Min.</translation>
        </message>
        <message>
            <source>%1 d %2 h</source>
            <comment>duration in days and hours</comment>
            <translation>%1 T. %2 Std.</translation>
        </message>
        <message>
            <source>Service %1</source>
            <comment>a service whose name is not known</comment>
            <translation>Dienst %1</translation>
        </message>
        <message>
            <source>Team %1</source>
            <comment>a team whose name is not known</comment>
            <translation>Team %1</translation>
        </message>
        <message>
            <source>Endpoint %1</source>
            <comment>an endpoint whose name is not known</comment>
            <translation>Endpunkt %1</translation>
        </message>
        <message>
            <source>%1 is down</source>
            <comment>automatic incident title: service</comment>
            <translation>%1 ist ausgefallen</translation>
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
            <translation>Automatisch eröffnet (Schweregrad: %1)</translation>
        </message>
        <message>
            <source>Opened by %1 as %2</source>
            <comment>actor, severity</comment>
            <translation>Von %1 eröffnet (Schweregrad: %2)</translation>
        </message>
        <message>
            <source>State: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>Severity: %1</source>
            <translation>Schweregrad: %1</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Quittiert</translation>
        </message>
        <message>
            <source>Acknowledged by %1</source>
            <translation>Quittiert von %1</translation>
        </message>
        <message>
            <source>No team assigned</source>
            <translation>Keinem Team zugewiesen</translation>
        </message>
        <message>
            <source>Assigned to %1</source>
            <comment>team</comment>
            <translation>%1 zugewiesen</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Notiz: %1</translation>
        </message>
        <message>
            <source>Note by %1: %2</source>
            <translation>Notiz von %1: %2</translation>
        </message>
        <message>
            <source>%1 went %2</source>
            <comment>endpoint went DOWN</comment>
            <translation>%1 ist jetzt %2</translation>
        </message>
        <message>
            <source>%1 went %2: %3</source>
            <comment>endpoint went DOWN: detail</comment>
            <translation>%1 ist jetzt %2: %3</translation>
        </message>
        <message>
            <source>Likely cause: %1</source>
            <comment>a failing service this one depends on</comment>
            <translation>Wahrscheinliche Ursache: %1</translation>
        </message>
        <message>
            <source>Resolved automatically: every endpoint is back up</source>
            <translation>Automatisch behoben: alle Endpunkte sind wieder erreichbar</translation>
        </message>
        <message>
            <source>Resolved by %1</source>
            <translation>Behoben von %1</translation>
        </message>
        <message>
            <source>Reopened: the outage returned</source>
            <translation>Wieder eröffnet: der Ausfall ist zurück</translation>
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
            <translation>Vorfälle</translation>
        </message>
        <message numerus="yes">
            <source>Incidents (%n open)</source>
            <translation>
                <numerusform>Vorfälle (%n offen)</numerusform>
                <numerusform>Vorfälle (%n offen)</numerusform>
            </translation>
        </message>
        <message>
            <source>All teams</source>
            <translation>Alle Teams</translation>
        </message>
        <message>
            <source>No team</source>
            <translation>Kein Team</translation>
        </message>
        <message>
            <source>Filter by title, service, team or endpoint</source>
            <translation>Nach Titel, Dienst, Team oder Endpunkt filtern</translation>
        </message>
        <message>
            <source>Filter incidents</source>
            <translation>Vorfälle filtern</translation>
        </message>
        <message>
            <source>Severity filter</source>
            <translation>Filter nach Schweregrad</translation>
        </message>
        <message>
            <source>Team filter</source>
            <translation>Filter nach Team</translation>
        </message>
        <message>
            <source>Show re&amp;solved</source>
            <translation>Behobene &amp;zeigen</translation>
        </message>
        <message numerus="yes">
            <source>Also list the incidents of the last %n day(s)</source>
            <translation>
                <numerusform>Auch die Vorfälle des letzten Tages zeigen</numerusform>
                <numerusform>Auch die Vorfälle der letzten %n Tage zeigen</numerusform>
            </translation>
        </message>
        <message>
            <source>New &amp;Incident…</source>
            <translation>Neuer &amp;Vorfall…</translation>
        </message>
        <message>
            <source>Open an incident by hand, for a problem the checks do not see</source>
            <translation>Einen Vorfall von Hand eröffnen, für ein Problem, das die Prüfungen nicht sehen</translation>
        </message>
        <message>
            <source>All severities</source>
            <translation>Alle Schweregrade</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::LastResponseView</name>
        <message>
            <source>No response received since the console started. Use Check now to fetch one.</source>
            <translation>Seit dem Start der Konsole ist keine Antwort eingegangen. Mit „Jetzt prüfen“ holen Sie eine.</translation>
        </message>
        <message>
            <source>%1 at %2, after %3</source>
            <translation>%1 um %2, nach %3</translation>
        </message>
        <message>
            <source>(empty body)</source>
            <translation>(leerer Inhalt)</translation>
        </message>
        <message>
            <source>Response summary</source>
            <translation>Zusammenfassung der Antwort</translation>
        </message>
        <message>
            <source>Status line and headers</source>
            <translation>Statuszeile und Header</translation>
        </message>
        <message>
            <source>Response body</source>
            <translation>Inhalt der Antwort</translation>
        </message>
        <message>
            <source>The start of the body, at most a few kilobytes</source>
            <translation>Der Anfang des Inhalts, höchstens einige Kilobyte</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::LeaseKeeper</name>
        <message>
            <source>Cannot renew the leases of poller %1: %2</source>
            <translation>Die Leases des Pollers %1 lassen sich nicht erneuern: %2</translation>
        </message>
        <message>
            <source>Cannot give up the leases of poller %1: %2</source>
            <translation>Die Leases des Pollers %1 lassen sich nicht abgeben: %2</translation>
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
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>F&amp;ull Screen Mode</source>
            <translation>&amp;Vollbildmodus</translation>
        </message>
        <message>
            <source>&amp;System Default</source>
            <translation>S&amp;ystemvorgabe</translation>
        </message>
        <message>
            <source>&amp;About Leitstand</source>
            <translation>Ü&amp;ber Leitstand</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Datenbank: %1</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <source>Endpoint states</source>
            <translation>Endpunkt-Zustände</translation>
        </message>
        <message numerus="yes">
            <source>%n down</source>
            <translation>
                <numerusform>%n ausgefallen</numerusform>
                <numerusform>%n ausgefallen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n degraded</source>
            <translation>
                <numerusform>%n beeinträchtigt</numerusform>
                <numerusform>%n beeinträchtigt</numerusform>
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
                <numerusform>%n Endpunkt: %1, %2</numerusform>
                <numerusform>%n Endpunkte: %1, %2</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Endpoint</source>
            <translation>&amp;Endpunkt</translation>
        </message>
        <message>
            <source>&amp;Check Now</source>
            <translation>Jetzt &amp;prüfen</translation>
        </message>
        <message>
            <source>Check the selected endpoints now</source>
            <translation>Die ausgewählten Endpunkte jetzt prüfen</translation>
        </message>
        <message>
            <source>&amp;Next Down Endpoint</source>
            <translation>&amp;Nächster ausgefallener Endpunkt</translation>
        </message>
        <message>
            <source>&amp;Previous Down Endpoint</source>
            <translation>&amp;Vorheriger ausgefallener Endpunkt</translation>
        </message>
        <message>
            <source>No endpoint is down.</source>
            <translation>Kein Endpunkt ist ausgefallen.</translation>
        </message>
        <message>
            <source>&amp;Colour Scheme</source>
            <translation>&amp;Farbschema</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Hell</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Dunkel</translation>
        </message>
        <message>
            <source>Unsaved Runbook Changes</source>
            <translation>Ungespeicherte Änderungen am Störungsplan</translation>
        </message>
        <message>
            <source>The runbook of %1 has changes that are not saved.</source>
            <translation>Der Störungsplan von %1 hat Änderungen, die nicht gespeichert sind.</translation>
        </message>
        <message>
            <source>The runbooks of %1 have changes that are not saved.</source>
            <translation>Die Störungspläne von %1 haben Änderungen, die nicht gespeichert sind.</translation>
        </message>
        <message>
            <source>Save the changes before closing, or discard them?</source>
            <translation>Die Änderungen vor dem Schließen speichern oder verwerfen?</translation>
        </message>
        <message>
            <source>Unsaved Notice</source>
            <translation>Ungespeicherte Meldung</translation>
        </message>
        <message>
            <source>The notice being edited has changes that are not saved.</source>
            <translation>Die bearbeitete Meldung hat ungespeicherte Änderungen.</translation>
        </message>
        <message>
            <source>Database unreachable</source>
            <translation>Datenbank nicht erreichbar</translation>
        </message>
        <message>
            <source>&lt;b&gt;The database cannot be reached since %1.&lt;/b&gt; What you see is the last known state and may be out of date; Leitstand keeps trying to reconnect.&lt;br&gt;%2</source>
            <translation>&lt;b&gt;Die Datenbank ist seit %1 nicht erreichbar.&lt;/b&gt; Angezeigt wird der letzte bekannte Stand, der veraltet sein kann; Leitstand versucht weiter, die Verbindung wiederherzustellen.&lt;br&gt;%2</translation>
        </message>
        <message>
            <source>Database: %1 (unreachable, data from %2)</source>
            <translation>Datenbank: %1 (nicht erreichbar, Daten von %2)</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::MaintenanceWindow</name>
        <message>
            <source>must not be empty</source>
            <translation>darf nicht leer sein</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <source>must be a whole minute</source>
            <translation>muss eine volle Minute sein</translation>
        </message>
        <message>
            <source>not a known time zone</source>
            <translation>keine bekannte Zeitzone</translation>
        </message>
        <message>
            <source>must be at least 1 minute</source>
            <translation>muss mindestens 1 Minute betragen</translation>
        </message>
        <message>
            <source>must be at most %1 minutes (366 days)</source>
            <translation>darf höchstens %1 Minuten (366 Tage) betragen</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::MaintenanceWindowFormat</name>
        <message>
            <source>expected a single value</source>
            <translation>erwartet wird ein einzelner Wert</translation>
        </message>
        <message>
            <source>expected a list</source>
            <translation>erwartet wird eine Liste</translation>
        </message>
        <message>
            <source>expected a whole number such as %1, not '%2'</source>
            <translation>erwartet wird eine ganze Zahl wie %1, nicht „%2“</translation>
        </message>
        <message>
            <source>unknown weekday '%1'; expected Mo, Tu, We, Th, Fr, Sa or Su</source>
            <translation>unbekannter Wochentag „%1“; erwartet wird Mo, Tu, We, Th, Fr, Sa oder Su</translation>
        </message>
        <message>
            <source>expected none, daily, weekly or monthly, not '%1'</source>
            <translation>erwartet wird none, daily, weekly oder monthly, nicht „%1“</translation>
        </message>
        <message>
            <source>%1 is listed twice</source>
            <translation>%1 ist doppelt aufgeführt</translation>
        </message>
        <message>
            <source>a weekly window needs at least one weekday</source>
            <translation>ein wöchentliches Fenster braucht mindestens einen Wochentag</translation>
        </message>
        <message>
            <source>expected first, second, third, fourth or last, not '%1'</source>
            <translation>erwartet wird first, second, third, fourth oder last, nicht „%1“</translation>
        </message>
        <message>
            <source>expected a date such as 2027-06-30, not '%1'</source>
            <translation>erwartet wird ein Datum wie 2027-06-30, nicht „%1“</translation>
        </message>
        <message>
            <source>must be at least 1</source>
            <translation>muss mindestens 1 sein</translation>
        </message>
        <message>
            <source>unknown key</source>
            <translation>unbekannter Schlüssel</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <source>expected a local date and time such as 2026-12-01T22:00, not '%1'</source>
            <translation>erwartet werden ein lokales Datum und eine Uhrzeit wie 2026-12-01T22:00, nicht „%1“</translation>
        </message>
        <message>
            <source>unknown time zone '%1'; expected an IANA name such as Europe/Berlin</source>
            <translation>unbekannte Zeitzone „%1“; erwartet wird ein IANA-Name wie Europe/Berlin</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::MuteMenu</name>
        <message>
            <source>&amp;Notifications</source>
            <translation>&amp;Benachrichtigungen</translation>
        </message>
        <message>
            <source>Mute for &amp;15 minutes</source>
            <translation>&amp;15 Minuten stummschalten</translation>
        </message>
        <message>
            <source>Mute for &amp;1 hour</source>
            <translation>&amp;1 Stunde stummschalten</translation>
        </message>
        <message>
            <source>Mute for &amp;4 hours</source>
            <translation>&amp;4 Stunden stummschalten</translation>
        </message>
        <message>
            <source>Mute until &amp;tomorrow 8:00</source>
            <translation>Bis &amp;morgen 8:00 Uhr stummschalten</translation>
        </message>
        <message>
            <source>&amp;Resume notifications</source>
            <translation>Benachrichtigungen &amp;wieder einschalten</translation>
        </message>
        <message>
            <source>Muted until %1</source>
            <translation>Stummgeschaltet bis %1</translation>
        </message>
        <message>
            <source>Notifications are on</source>
            <translation>Benachrichtigungen sind eingeschaltet</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::NewIncidentDialog</name>
        <message>
            <source>New Incident</source>
            <translation>Neuer Vorfall</translation>
        </message>
        <message>
            <source>What is wrong, in a few words</source>
            <translation>Was ist los, in wenigen Worten</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Anlegen</translation>
        </message>
        <message>
            <source>&amp;Service:</source>
            <translation>&amp;Dienst:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>Se&amp;verity:</source>
            <translation>Sch&amp;weregrad:</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Schweregrad</translation>
        </message>
        <message>
            <source>There is no service yet: add endpoints first.</source>
            <translation>Es gibt noch keinen Dienst: legen Sie zuerst Endpunkte an.</translation>
        </message>
        <message>
            <source>Choose the service that has the problem.</source>
            <translation>Wählen Sie den Dienst, der das Problem hat.</translation>
        </message>
        <message>
            <source>Give the incident a title.</source>
            <translation>Geben Sie dem Vorfall einen Titel.</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::Notice</name>
        <message>
            <source>The German %1 is missing.</source>
            <translation>Auf Deutsch fehlt: %1.</translation>
        </message>
        <message>
            <source>The English %1 is missing.</source>
            <translation>Auf Englisch fehlt: %1.</translation>
        </message>
        <message>
            <source>title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>advice for users</source>
            <translation>Hinweis für Nutzende</translation>
        </message>
        <message>
            <source>contact hours</source>
            <translation>Erreichbarkeitszeiten</translation>
        </message>
        <message>
            <source>alternative channel</source>
            <translation>alternativer Weg</translation>
        </message>
        <message>
            <source>The update of %1 needs a German and an English text.</source>
            <translation>Die Aktualisierung vom %1 braucht einen deutschen und einen englischen Text.</translation>
        </message>
        <message>
            <source>Name at least one affected service.</source>
            <translation>Nennen Sie mindestens einen betroffenen Dienst.</translation>
        </message>
        <message>
            <source>The start is missing.</source>
            <translation>Der Beginn fehlt.</translation>
        </message>
        <message>
            <source>The expected end must be after the start.</source>
            <translation>Das voraussichtliche Ende muss nach dem Beginn liegen.</translation>
        </message>
        <message>
            <source>Disruption</source>
            <translation>Störung</translation>
        </message>
        <message>
            <source>Planned maintenance</source>
            <translation>Geplante Wartung</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Investigating</source>
            <translation>Wird untersucht</translation>
        </message>
        <message>
            <source>Identified</source>
            <translation>Ursache erkannt</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Wird beobachtet</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Behoben</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::NoticeEditor</name>
        <message>
            <source>Reading what is online now…</source>
            <translation>Online-Stand wird gelesen …</translation>
        </message>
        <message>
            <source>No feed server is configured, so there is nothing online to compare with.</source>
            <translation>Es ist kein Feed-Server eingerichtet, daher gibt es keinen Online-Stand zum Vergleichen.</translation>
        </message>
        <message>
            <source>What is online cannot be compared: %1</source>
            <translation>Der Online-Stand kann nicht verglichen werden: %1</translation>
        </message>
        <message>
            <source>online/%1</source>
            <translation>online/%1</translation>
        </message>
        <message>
            <source>preview/%1</source>
            <translation>vorschau/%1</translation>
        </message>
        <message>
            <source>Publishing would change nothing in %1.</source>
            <translation>Veröffentlichen würde an %1 nichts ändern.</translation>
        </message>
        <message>
            <source>What publishing would change in %1:</source>
            <translation>Was Veröffentlichen an %1 ändern würde:</translation>
        </message>
        <message>
            <source>You changed the German text but not the English one: check that both still say the same.</source>
            <translation>Sie haben den deutschen Text geändert, den englischen nicht: Prüfen Sie, ob beide noch dasselbe sagen.</translation>
        </message>
        <message>
            <source>You changed the English text but not the German one: check that both still say the same.</source>
            <translation>Sie haben den englischen Text geändert, den deutschen nicht: Prüfen Sie, ob beide noch dasselbe sagen.</translation>
        </message>
        <message>
            <source>The English text is older than the German one (changed %1, the German %2): check that it still says the same.</source>
            <translation>Der englische Text ist älter als der deutsche (geändert %1, der deutsche %2): Prüfen Sie, ob er noch dasselbe sagt.</translation>
        </message>
        <message>
            <source>The German text is older than the English one (changed %1, the English %2): check that it still says the same.</source>
            <translation>Der deutsche Text ist älter als der englische (geändert %1, der englische %2): Prüfen Sie, ob er noch dasselbe sagt.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert …</translation>
        </message>
        <message>
            <source>Asking for publication…</source>
            <translation>Veröffentlichung wird angefordert …</translation>
        </message>
        <message>
            <source>Asking for withdrawal…</source>
            <translation>Zurückziehen wird angefordert …</translation>
        </message>
        <message>
            <source>Saved as revision %1.</source>
            <translation>Als Revision %1 gespeichert.</translation>
        </message>
        <message>
            <source>Withdrawal of revision %1 requested; the status feed follows shortly.</source>
            <translation>Zurückziehen von Revision %1 angefordert; der Status-Feed folgt in Kürze.</translation>
        </message>
        <message>
            <source>Publication of revision %1 requested; the status feed follows shortly.</source>
            <translation>Veröffentlichung von Revision %1 angefordert; der Status-Feed folgt in Kürze.</translation>
        </message>
        <message>
            <source>An update needs a German and an English text.</source>
            <translation>Eine Aktualisierung braucht einen deutschen und einen englischen Text.</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
        <message>
            <source>Not ready to publish: %1</source>
            <translation>Noch nicht veröffentlichungsbereit: %1</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>&amp;Document:</source>
            <translation>&amp;Dokument:</translation>
        </message>
        <message>
            <source>&amp;Compare with online</source>
            <translation>Mit &amp;Online-Stand vergleichen</translation>
        </message>
        <message>
            <source>As it will be published:</source>
            <translation>So wird es veröffentlicht:</translation>
        </message>
        <message>
            <source>Changes against what is online now:</source>
            <translation>Änderungen gegenüber dem Online-Stand:</translation>
        </message>
        <message>
            <source>Document to preview</source>
            <translation>Dokument für die Vorschau</translation>
        </message>
        <message>
            <source>Compare with what is online</source>
            <translation>Mit dem Online-Stand vergleichen</translation>
        </message>
        <message>
            <source>The document as it will be published</source>
            <translation>Das Dokument, wie es veröffentlicht wird</translation>
        </message>
        <message>
            <source>Changes against what is online, as a unified diff</source>
            <translation>Änderungen gegenüber dem Online-Stand, als Unified Diff</translation>
        </message>
        <message>
            <source>Comparison with what is online</source>
            <translation>Vergleich mit dem Online-Stand</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>Severit&amp;y:</source>
            <translation>Schwe&amp;regrad:</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>&amp;Beginn:</translation>
        </message>
        <message>
            <source>Expected e&amp;nd:</source>
            <translation>Voraussichtliches E&amp;nde:</translation>
        </message>
        <message>
            <source>Affected serv&amp;ices:</source>
            <translation>Betroffene D&amp;ienste:</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Englisch</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>Te&amp;xt:</translation>
        </message>
        <message>
            <source>What &amp;users can do:</source>
            <translation>Was Nutzende &amp;tun können:</translation>
        </message>
        <message>
            <source>Contact &amp;hours:</source>
            <translation>Erreichbarkeits&amp;zeiten:</translation>
        </message>
        <message>
            <source>&amp;Alternative channel:</source>
            <translation>&amp;Alternativer Weg:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>Tele&amp;fon:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-Mail:</translation>
        </message>
        <message>
            <source>Updates:</source>
            <translation>Aktualisierungen:</translation>
        </message>
        <message>
            <source>New update:</source>
            <translation>Neue Aktualisierung:</translation>
        </message>
        <message>
            <source>A&amp;dd update</source>
            <translation>Aktualisierung hin&amp;zufügen</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>P&amp;ublish</source>
            <translation>&amp;Veröffentlichen</translation>
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Zurückziehen</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Kind of notice</source>
            <translation>Art der Meldung</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Schweregrad</translation>
        </message>
        <message>
            <source>Start, local time</source>
            <translation>Beginn, Ortszeit</translation>
        </message>
        <message>
            <source>Expected end known</source>
            <translation>Voraussichtliches Ende bekannt</translation>
        </message>
        <message>
            <source>Expected end, local time</source>
            <translation>Voraussichtliches Ende, Ortszeit</translation>
        </message>
        <message>
            <source>Affected services</source>
            <translation>Betroffene Dienste</translation>
        </message>
        <message>
            <source>German title</source>
            <translation>Deutscher Titel</translation>
        </message>
        <message>
            <source>English title</source>
            <translation>Englischer Titel</translation>
        </message>
        <message>
            <source>German text</source>
            <translation>Deutscher Text</translation>
        </message>
        <message>
            <source>English text</source>
            <translation>Englischer Text</translation>
        </message>
        <message>
            <source>What users can do, in German</source>
            <translation>Was Nutzende tun können, auf Deutsch</translation>
        </message>
        <message>
            <source>What users can do, in English</source>
            <translation>Was Nutzende tun können, auf Englisch</translation>
        </message>
        <message>
            <source>Contact hours, in German</source>
            <translation>Erreichbarkeitszeiten, auf Deutsch</translation>
        </message>
        <message>
            <source>Contact hours, in English</source>
            <translation>Erreichbarkeitszeiten, auf Englisch</translation>
        </message>
        <message>
            <source>Alternative channel, in German</source>
            <translation>Alternativer Weg, auf Deutsch</translation>
        </message>
        <message>
            <source>Alternative channel, in English</source>
            <translation>Alternativer Weg, auf Englisch</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>Kontakttelefon</translation>
        </message>
        <message>
            <source>Contact e-mail</source>
            <translation>Kontakt-E-Mail</translation>
        </message>
        <message>
            <source>Updates</source>
            <translation>Aktualisierungen</translation>
        </message>
        <message>
            <source>Phase of the new update</source>
            <translation>Phase der neuen Aktualisierung</translation>
        </message>
        <message>
            <source>German text of the new update</source>
            <translation>Deutscher Text der neuen Aktualisierung</translation>
        </message>
        <message>
            <source>English text of the new update</source>
            <translation>Englischer Text der neuen Aktualisierung</translation>
        </message>
        <message>
            <source>Add update</source>
            <translation>Aktualisierung hinzufügen</translation>
        </message>
        <message>
            <source>Save notice</source>
            <translation>Meldung speichern</translation>
        </message>
        <message>
            <source>Publish notice</source>
            <translation>Meldung veröffentlichen</translation>
        </message>
        <message>
            <source>Withdraw notice</source>
            <translation>Meldung zurückziehen</translation>
        </message>
        <message>
            <source>Language warning</source>
            <translation>Sprachwarnung</translation>
        </message>
        <message>
            <source>Why the notice cannot be published yet</source>
            <translation>Warum die Meldung noch nicht veröffentlicht werden kann</translation>
        </message>
        <message>
            <source>Notice status</source>
            <translation>Status der Meldung</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::NoticeListModel</name>
        <message>
            <source>(no title yet)</source>
            <translation>(noch ohne Titel)</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>Withdrawal pending</source>
            <translation>Zurückziehen ausstehend</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Ausstehend</translation>
        </message>
        <message>
            <source>Failed, retrying at %1</source>
            <translation>Fehlgeschlagen, neuer Versuch um %1</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Veröffentlicht</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Zurückgezogen</translation>
        </message>
        <message>
            <source>Published; later changes not yet</source>
            <translation>Veröffentlicht; spätere Änderungen noch nicht</translation>
        </message>
        <message>
            <source>The server said: %1</source>
            <translation>Der Server antwortete: %1</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Dienste</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Schweregrad</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Publication</source>
            <translation>Veröffentlichung</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::NoticeRepository</name>
        <message>
            <source>Notice %1 in the database cannot be read: %2</source>
            <translation>Meldung %1 in der Datenbank ist nicht lesbar: %2</translation>
        </message>
        <message>
            <source>Cannot read the notices: %1</source>
            <translation>Die Meldungen können nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Cannot store the notice: %1</source>
            <translation>Die Meldung kann nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>it was deleted meanwhile</source>
            <translation>sie wurde inzwischen gelöscht</translation>
        </message>
        <message>
            <source>%1 changed it at %2; reload it and apply your change again</source>
            <translation>%1 hat sie um %2 geändert; laden Sie sie neu und nehmen Sie Ihre Änderung noch einmal vor</translation>
        </message>
        <message>
            <source>someone else</source>
            <translation>jemand anderes</translation>
        </message>
        <message>
            <source>Cannot publish the notice: %1</source>
            <translation>Die Meldung kann nicht veröffentlicht werden: %1</translation>
        </message>
        <message>
            <source>it does not exist</source>
            <translation>sie existiert nicht</translation>
        </message>
        <message>
            <source>it was withdrawn</source>
            <translation>sie wurde zurückgezogen</translation>
        </message>
        <message>
            <source>it is withdrawn already</source>
            <translation>sie ist bereits zurückgezogen</translation>
        </message>
        <message>
            <source>Cannot read the publication outbox: %1</source>
            <translation>Der Postausgang der Veröffentlichungen kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Cannot record the publication: %1</source>
            <translation>Die Veröffentlichung kann nicht vermerkt werden: %1</translation>
        </message>
        <message>
            <source>Cannot record the failed publication: %1</source>
            <translation>Die fehlgeschlagene Veröffentlichung kann nicht vermerkt werden: %1</translation>
        </message>
        <message>
            <source>Cannot read the publication audit log: %1</source>
            <translation>Das Protokoll der Veröffentlichungen kann nicht gelesen werden: %1</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::NoticesDock</name>
        <message>
            <source>Unsaved Notice</source>
            <translation>Ungespeicherte Meldung</translation>
        </message>
        <message>
            <source>The notice being edited has changes that are not saved. Discard them?</source>
            <translation>Die bearbeitete Meldung hat ungespeicherte Änderungen. Verwerfen?</translation>
        </message>
        <message>
            <source>No feed server is set up: notices are saved, and what is published waits in the outbox until one is.</source>
            <translation>Es ist kein Feed-Server eingerichtet: Meldungen werden gespeichert, und was veröffentlicht werden soll, wartet im Postausgang, bis einer eingerichtet ist.</translation>
        </message>
        <message>
            <source>The feed server settings cannot be used: %1</source>
            <translation>Die Einstellungen des Feed-Servers sind nicht verwendbar: %1</translation>
        </message>
        <message>
            <source>Notices are published to %1.</source>
            <translation>Meldungen werden nach %1 veröffentlicht.</translation>
        </message>
        <message>
            <source>The last attempt failed: %1</source>
            <translation>Der letzte Versuch ist fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Notices</source>
            <translation>Meldungen</translation>
        </message>
        <message>
            <source>&amp;Feed Server…</source>
            <translation>&amp;Feed-Server …</translation>
        </message>
        <message>
            <source>Where the status feed is published, and how to log in</source>
            <translation>Wohin der Status-Feed veröffentlicht wird und wie sich Leitstand anmeldet</translation>
        </message>
        <message>
            <source>&amp;New Notice</source>
            <translation>&amp;Neue Meldung</translation>
        </message>
        <message>
            <source>Start a notice for the public from the template of its kind</source>
            <translation>Eine Meldung für die Öffentlichkeit aus der Vorlage ihrer Art beginnen</translation>
        </message>
        <message>
            <source>New notice</source>
            <translation>Neue Meldung</translation>
        </message>
        <message>
            <source>Feed server</source>
            <translation>Feed-Server</translation>
        </message>
        <message>
            <source>Choose a notice in the list to edit it, or start one with New Notice or, for an incident, with Notice for Users in its detail.</source>
            <translation>Wählen Sie eine Meldung in der Liste, um sie zu bearbeiten, oder beginnen Sie eine mit „Neue Meldung“ oder, zu einem Vorfall, mit „Meldung für Nutzende“ in seinen Details.</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::OnlineFeedReader</name>
        <message>
            <source>Cannot read %1 from the feed server: %2</source>
            <translation>%1 kann nicht vom Feed-Server gelesen werden: %2</translation>
        </message>
        <message>
            <source>The status.json on the feed server is not valid: %1</source>
            <translation>Die status.json auf dem Feed-Server ist ungültig: %1</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::PublicHoliday</name>
        <message>
            <source>New Year's Day</source>
            <translation>Neujahr</translation>
        </message>
        <message>
            <source>Epiphany</source>
            <translation>Heilige Drei Könige</translation>
        </message>
        <message>
            <source>International Women's Day</source>
            <translation>Internationaler Frauentag</translation>
        </message>
        <message>
            <source>Good Friday</source>
            <translation>Karfreitag</translation>
        </message>
        <message>
            <source>Easter Sunday</source>
            <translation>Ostersonntag</translation>
        </message>
        <message>
            <source>Easter Monday</source>
            <translation>Ostermontag</translation>
        </message>
        <message>
            <source>Labour Day</source>
            <translation>Tag der Arbeit</translation>
        </message>
        <message>
            <source>Day of Liberation</source>
            <translation>Tag der Befreiung</translation>
        </message>
        <message>
            <source>Ascension Day</source>
            <translation>Christi Himmelfahrt</translation>
        </message>
        <message>
            <source>Whit Sunday</source>
            <translation>Pfingstsonntag</translation>
        </message>
        <message>
            <source>Whit Monday</source>
            <translation>Pfingstmontag</translation>
        </message>
        <message>
            <source>Corpus Christi</source>
            <translation>Fronleichnam</translation>
        </message>
        <message>
            <source>Assumption Day</source>
            <translation>Mariä Himmelfahrt</translation>
        </message>
        <message>
            <source>World Children's Day</source>
            <translation>Weltkindertag</translation>
        </message>
        <message>
            <source>German Unity Day</source>
            <translation>Tag der Deutschen Einheit</translation>
        </message>
        <message>
            <source>Reformation Day</source>
            <translation>Reformationstag</translation>
        </message>
        <message>
            <source>All Saints' Day</source>
            <translation>Allerheiligen</translation>
        </message>
        <message>
            <source>Day of Prayer and Repentance</source>
            <translation>Buß- und Bettag</translation>
        </message>
        <message>
            <source>Christmas Day</source>
            <translation>1. Weihnachtsfeiertag</translation>
        </message>
        <message>
            <source>Second Day of Christmas</source>
            <translation>2. Weihnachtsfeiertag</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::PublicationQueue</name>
        <message>
            <source>No password or token for the feed server is stored; set it with leitstand secret set %1.</source>
            <translation>Für den Feed-Server ist kein Passwort und kein Token gespeichert; legen Sie es mit leitstand secret set %1 ab.</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::RecentSampleQuery</name>
        <message>
            <source>Cannot read the latest results: %1</source>
            <translation>Die letzten Ergebnisse können nicht gelesen werden: %1</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::RecurrenceRule</name>
        <message>
            <source>must be at least 1</source>
            <translation>muss mindestens 1 sein</translation>
        </message>
        <message>
            <source>only for a repeating window</source>
            <translation>nur für ein sich wiederholendes Fenster</translation>
        </message>
        <message>
            <source>a weekly window needs at least one weekday</source>
            <translation>ein wöchentliches Fenster braucht mindestens einen Wochentag</translation>
        </message>
        <message>
            <source>only for repeat: weekly</source>
            <translation>nur für repeat: weekly</translation>
        </message>
        <message>
            <source>a monthly window needs a day of the month, or a weekday and a week</source>
            <translation>ein monatliches Fenster braucht einen Tag des Monats oder einen Wochentag und eine Woche</translation>
        </message>
        <message>
            <source>excludes weekday and week</source>
            <translation>schließt weekday und week aus</translation>
        </message>
        <message>
            <source>only for repeat: monthly</source>
            <translation>nur für repeat: monthly</translation>
        </message>
        <message>
            <source>must be between 1 and 31</source>
            <translation>muss zwischen 1 und 31 liegen</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <source>must be first, second, third, fourth or last</source>
            <translation>muss first, second, third, fourth oder last sein</translation>
        </message>
        <message>
            <source>is before the start</source>
            <translation>liegt vor dem Beginn</translation>
        </message>
        <message>
            <source>excludes until</source>
            <translation>schließt until aus</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::Retention</name>
        <message>
            <source>Cannot remove old samples: %1</source>
            <translation>Alte Messwerte können nicht entfernt werden: %1</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::RunbookPane</name>
        <message>
            <source>Your unsaved changes are back.</source>
            <translation>Ihre ungespeicherten Änderungen sind wieder da.</translation>
        </message>
        <message>
            <source>The text is the same as version %1's; no new version was saved.</source>
            <translation>Der Text ist derselbe wie in Version %1; es wurde keine neue Version gespeichert.</translation>
        </message>
        <message>
            <source>Version %1 restored as version %2.</source>
            <translation>Version %1 als Version %2 wiederhergestellt.</translation>
        </message>
        <message>
            <source>Saved as version %1.</source>
            <translation>Als Version %1 gespeichert.</translation>
        </message>
        <message>
            <source>%1 saved version %2 meanwhile, so nothing was restored. Look at the latest version first, then restore again if it is still needed.</source>
            <translation>%1 hat inzwischen Version %2 gespeichert, daher wurde nichts wiederhergestellt. Sehen Sie sich zuerst die neueste Version an und stellen Sie sie dann erneut wieder her, falls nötig.</translation>
        </message>
        <message>
            <source>Someone</source>
            <translation>Jemand</translation>
        </message>
        <message>
            <source>Discard Changes</source>
            <translation>Änderungen verwerfen</translation>
        </message>
        <message>
            <source>Discard your changes to the runbook of %1?</source>
            <translation>Ihre Änderungen am Störungsplan für %1 verwerfen?</translation>
        </message>
        <message>
            <source>What you wrote since you started editing is lost.</source>
            <translation>Was Sie seit Beginn der Bearbeitung geschrieben haben, geht verloren.</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Verwerfen</translation>
        </message>
        <message>
            <source>&amp;Keep Editing</source>
            <translation>&amp;Weiter bearbeiten</translation>
        </message>
        <message>
            <source>%1 saved version %2 meanwhile; your text is not saved yet.</source>
            <translation>%1 hat inzwischen Version %2 gespeichert; Ihr Text ist noch nicht gespeichert.</translation>
        </message>
        <message>
            <source>Runbook Changed Meanwhile</source>
            <translation>Störungsplan inzwischen geändert</translation>
        </message>
        <message>
            <source>%1 saved version %2 of this runbook on %3, after you started editing.</source>
            <translation>%1 hat Version %2 dieses Störungsplans am %3 gespeichert, nachdem Sie mit der Bearbeitung begonnen haben.</translation>
        </message>
        <message>
            <source>Your text is not saved yet. Their text is under Show Details. Save yours on top of theirs, or keep editing to bring the two together.</source>
            <translation>Ihr Text ist noch nicht gespeichert. Der andere Text steht unter „Details einblenden“. Speichern Sie Ihren Text als neuere Version darüber, oder bearbeiten Sie weiter, um beide zusammenzuführen.</translation>
        </message>
        <message>
            <source>&amp;Save Mine as Version %1</source>
            <translation>Meinen Text als Version %1 &amp;speichern</translation>
        </message>
        <message>
            <source>unknown author</source>
            <translation>Autor unbekannt</translation>
        </message>
        <message>
            <source>Version %1 (latest) – %2, %3</source>
            <translation>Version %1 (neueste) – %2, %3</translation>
        </message>
        <message>
            <source>Version %1 – %2, %3</source>
            <translation>Version %1 – %2, %3</translation>
        </message>
        <message>
            <source>Runbook of %1</source>
            <translation>Störungsplan für %1</translation>
        </message>
        <message>
            <source>Runbook</source>
            <translation>Störungsplan</translation>
        </message>
        <message>
            <source>No service chosen.</source>
            <translation>Kein Dienst ausgewählt.</translation>
        </message>
        <message>
            <source>Loading the runbook…</source>
            <translation>Störungsplan wird geladen …</translation>
        </message>
        <message>
            <source>No runbook yet — write the first version: how to tell what is wrong, whom to call, and the steps that bring the service back.</source>
            <translation>Noch kein Störungsplan – schreiben Sie die erste Version: woran man erkennt, was gestört ist, wen man anruft und welche Schritte den Dienst wiederherstellen.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert …</translation>
        </message>
        <message>
            <source>Writing the first version.</source>
            <translation>Die erste Version wird geschrieben.</translation>
        </message>
        <message>
            <source>Editing version %1; saving stores version %2.</source>
            <translation>Version %1 wird bearbeitet; Speichern legt Version %2 an.</translation>
        </message>
        <message>
            <source>Loading the version…</source>
            <translation>Version wird geladen …</translation>
        </message>
        <message>
            <source>This is an older version, shown read-only; the latest is version %1.</source>
            <translation>Dies ist eine ältere Version, nur zum Lesen; die neueste ist Version %1.</translation>
        </message>
        <message>
            <source>Version %1, saved on %2.</source>
            <translation>Version %1, gespeichert am %2.</translation>
        </message>
        <message>
            <source>Version %1, saved by %2 on %3.</source>
            <translation>Version %1, gespeichert von %2 am %3.</translation>
        </message>
        <message>
            <source>&amp;Version:</source>
            <translation>&amp;Version:</translation>
        </message>
        <message>
            <source>Runbook version</source>
            <translation>Version des Störungsplans</translation>
        </message>
        <message>
            <source>Choose an older version to read it or to restore it</source>
            <translation>Wählen Sie eine ältere Version, um sie zu lesen oder wiederherzustellen</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>Edit the latest version of the runbook</source>
            <translation>Die neueste Version des Störungsplans bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Restore This Version</source>
            <translation>Diese Version &amp;wiederherstellen</translation>
        </message>
        <message>
            <source>Save the version shown as the newest version; nothing is deleted</source>
            <translation>Die angezeigte Version als neueste Version speichern; nichts wird gelöscht</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Save the text as a new version (Ctrl+S)</source>
            <translation>Den Text als neue Version speichern (Strg+S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stop editing; asks before discarding changes</source>
            <translation>Bearbeitung beenden; fragt, bevor Änderungen verworfen werden</translation>
        </message>
        <message>
            <source>&amp;Write the First Version</source>
            <translation>Erste Version &amp;schreiben</translation>
        </message>
        <message>
            <source>Runbook text in Markdown</source>
            <translation>Text des Störungsplans in Markdown</translation>
        </message>
        <message>
            <source># starts a heading, 1. a numbered step, | a table row, ``` a code block. Tab moves on to the preview.</source>
            <translation># beginnt eine Überschrift, 1. einen nummerierten Schritt, | eine Tabellenzeile, ``` einen Codeblock. Tab wechselt zur Vorschau.</translation>
        </message>
        <message>
            <source># What to check first

1. …</source>
            <translation># Was zuerst zu prüfen ist

1. …</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>The runbook as it will be shown, updated while you type</source>
            <translation>Der Störungsplan, wie er angezeigt wird, während des Tippens aktualisiert</translation>
        </message>
        <message>
            <source>Runbook status</source>
            <translation>Status des Störungsplans</translation>
        </message>
        <message>
            <source>Runbooks Not Saved</source>
            <translation>Störungspläne nicht gespeichert</translation>
        </message>
        <message>
            <source>These changes to runbooks were not saved; your text is kept:</source>
            <translation>Diese Änderungen an Störungsplänen wurden nicht gespeichert; Ihr Text bleibt erhalten:</translation>
        </message>
        <message>
            <source>%1: %2 saved version %3 meanwhile.</source>
            <translation>%1: %2 hat inzwischen Version %3 gespeichert.</translation>
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
            <translation>Der Störungsplan ist zu lang: %1 Zeichen, höchstens %2 werden gespeichert.</translation>
        </message>
        <message>
            <source>Cannot save the runbook: %1</source>
            <translation>Der Störungsplan kann nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>Cannot save the runbook: there is no service with id %1.</source>
            <translation>Der Störungsplan kann nicht gespeichert werden: Es gibt keinen Dienst mit der ID %1.</translation>
        </message>
        <message>
            <source>Cannot read the runbook: %1</source>
            <translation>Der Störungsplan kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Cannot read the runbook's versions: %1</source>
            <translation>Die Versionen des Störungsplans können nicht gelesen werden: %1</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::RunbookStore</name>
        <message>
            <source>Version %1 of the runbook does not exist.</source>
            <translation>Version %1 des Störungsplans gibt es nicht.</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::SampleQuery</name>
        <message>
            <source>Cannot read the chart data: %1</source>
            <translation>Die Diagrammdaten können nicht gelesen werden: %1</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::SampleStore</name>
        <message>
            <source>Cannot store samples: %1</source>
            <translation>Messwerte können nicht gespeichert werden: %1</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::SampleWriterWorker</name>
        <message>
            <source>Cannot reach the database %1: %2</source>
            <translation>Die Datenbank %1 ist nicht erreichbar: %2</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::SecretStore</name>
        <message>
            <source>Cannot read the secret %1 from the secret store: %2</source>
            <translation>Das Geheimnis %1 kann nicht aus dem Schlüsselbund gelesen werden: %2</translation>
        </message>
        <message>
            <source>Cannot store the secret %1 in the secret store: %2</source>
            <translation>Das Geheimnis %1 kann nicht im Schlüsselbund gespeichert werden: %2</translation>
        </message>
        <message>
            <source>Cannot remove the secret %1 from the secret store: %2</source>
            <translation>Das Geheimnis %1 kann nicht aus dem Schlüsselbund entfernt werden: %2</translation>
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
            <translation>Für %1 hat niemand Rufbereitschaft</translation>
        </message>
        <message>
            <source>Available %1 of the service hours</source>
            <translation>Verfügbar in %1 der Servicezeiten</translation>
        </message>
        <message>
            <source>No availability target</source>
            <translation>Kein Verfügbarkeitsziel</translation>
        </message>
        <message>
            <source>No endpoint measures %1</source>
            <translation>Kein Endpunkt misst %1</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <source>Responsible team</source>
            <translation>Verantwortliches Team</translation>
        </message>
        <message>
            <source>On call</source>
            <translation>Rufbereitschaft</translation>
        </message>
        <message>
            <source>Depends on</source>
            <translation>Hängt ab von</translation>
        </message>
        <message>
            <source>Needed by</source>
            <translation>Benötigt von</translation>
        </message>
        <message>
            <source>Service hours</source>
            <translation>Servicezeiten</translation>
        </message>
        <message>
            <source>Availability target</source>
            <translation>Verfügbarkeitsziel</translation>
        </message>
        <message>
            <source>Endpoints</source>
            <translation>Endpunkte</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::ServiceHours</name>
        <message>
            <source>the time zone is not valid</source>
            <translation>die Zeitzone ist ungültig</translation>
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
            <translation>„%1“ fehlt</translation>
        </message>
        <message>
            <source>expected a string</source>
            <translation>erwartet wird eine Zeichenkette</translation>
        </message>
        <message>
            <source>expected an object</source>
            <translation>erwartet wird ein Objekt</translation>
        </message>
        <message>
            <source>expected a list</source>
            <translation>erwartet wird eine Liste</translation>
        </message>
        <message>
            <source>expected a time with its offset such as 2026-11-29T12:00:00Z</source>
            <translation>erwartet wird eine Zeit mit Zeitzonenversatz wie 2026-11-29T12:00:00Z</translation>
        </message>
        <message>
            <source>expected a UUID, not "%1"</source>
            <translation>erwartet wird eine UUID, nicht „%1“</translation>
        </message>
        <message>
            <source>expected a whole number of at least 1</source>
            <translation>erwartet wird eine ganze Zahl von mindestens 1</translation>
        </message>
        <message>
            <source>unknown kind "%1"</source>
            <translation>unbekannte Art „%1“</translation>
        </message>
        <message>
            <source>unknown severity "%1"</source>
            <translation>unbekannter Schweregrad „%1“</translation>
        </message>
        <message>
            <source>unknown status "%1"</source>
            <translation>unbekannter Status „%1“</translation>
        </message>
        <message>
            <source>status.json is not JSON: %1 at byte %2</source>
            <translation>status.json ist kein JSON: %1 bei Byte %2</translation>
        </message>
        <message>
            <source>status.json is not a JSON object</source>
            <translation>status.json ist kein JSON-Objekt</translation>
        </message>
        <message>
            <source>status.json follows the schema "%1"; this Leitstand reads "%2"</source>
            <translation>status.json folgt dem Schema „%1“; dieser Leitstand liest „%2“</translation>
        </message>
        <message>
            <source>unknown state "%1"</source>
            <translation>unbekannter Zustand „%1“</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::TeamChannel</name>
        <message>
            <source>%1: expected an http(s) URL, not "%2"</source>
            <translation>%1: http(s)-URL erwartet, nicht „%2“</translation>
        </message>
        <message>
            <source>room: expected a Matrix room id such as !abc:example.org, not "%1"</source>
            <translation>room: Matrix-Raum-ID wie !abc:example.org erwartet, nicht „%1“</translation>
        </message>
        <message>
            <source>kind: expected webhook or matrix, not "%1"</source>
            <translation>kind: webhook oder matrix erwartet, nicht „%1“</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::TeamNotifier</name>
        <message>
            <source>The notification channel of team %1 is not usable: %2</source>
            <translation>Der Benachrichtigungskanal von Team %1 ist nicht verwendbar: %2</translation>
        </message>
        <message>
            <source>No token is stored under %1 in the secret store.</source>
            <translation>Im Schlüsselbund ist unter %1 kein Token gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::TimeChart</name>
        <message>
            <source>Scroll the mouse wheel to zoom around the pointer, drag to move in time, drag with Shift or the right mouse button to zoom to a span, and double-click to go back to the chosen range. With the keyboard: Left and Right move, + and - zoom, 0 goes back.</source>
            <translation>Mit dem Mausrad um den Zeiger zoomen, durch Ziehen in der Zeit verschieben, durch Ziehen mit Umschalttaste oder rechter Maustaste auf einen Abschnitt zoomen und per Doppelklick zum gewählten Zeitraum zurückkehren. Mit der Tastatur: Links und Rechts verschieben, + und - zoomen, 0 kehrt zurück.</translation>
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
                <numerusform>%n ausgefallen</numerusform>
                <numerusform>%n ausgefallen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n degraded</source>
            <translation>
                <numerusform>%n beeinträchtigt</numerusform>
                <numerusform>%n beeinträchtigt</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Show or Hide Leitstand</source>
            <translation>Leitstand &amp;zeigen oder verbergen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::UptimeQuery</name>
        <message>
            <source>Cannot compute the uptime: %1</source>
            <translation>Die Verfügbarkeit kann nicht berechnet werden: %1</translation>
        </message>
        <message>
            <source>There is no endpoint with id %1.</source>
            <translation>Es gibt keinen Endpunkt mit der ID %1.</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::WebDavClient</name>
        <message>
            <source>The server's answer is larger than %1 MiB.</source>
            <translation>Die Antwort des Servers ist größer als %1 MiB.</translation>
        </message>
        <message>
            <source>The server did not answer within %1 seconds.</source>
            <translation>Der Server hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
        </message>
        <message>
            <source>No answer from %1: %2</source>
            <translation>Keine Antwort von %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::WeeklyHours</name>
        <message>
            <source>%1: expected weekdays such as Mo-Fr or Sa,So</source>
            <translation>%1: Wochentage erwartet, etwa Mo-Fr oder Sa,So</translation>
        </message>
        <message>
            <source>%1: unknown weekday %2; expected one of Mo, Di, Mi, Do, Fr, Sa, So</source>
            <translation>%1: unbekannter Wochentag %2; erwartet wird einer von Mo, Di, Mi, Do, Fr, Sa, So</translation>
        </message>
        <message>
            <source>%1: a range of weekdays must run forwards from Mo to So</source>
            <translation>%1: ein Bereich von Wochentagen muss vorwärts von Mo bis So laufen</translation>
        </message>
        <message>
            <source>%1: %2 is given more than once</source>
            <translation>%1: %2 ist mehrfach angegeben</translation>
        </message>
        <message>
            <source>%1: expected a time range such as 08:00-17:00</source>
            <translation>%1: Zeitspanne erwartet, etwa 08:00-17:00</translation>
        </message>
        <message>
            <source>%1: %2 is not a time of day</source>
            <translation>%1: %2 ist keine Uhrzeit</translation>
        </message>
        <message>
            <source>%1: 24:00 can only end a range</source>
            <translation>%1: 24:00 kann nur das Ende einer Spanne sein</translation>
        </message>
        <message>
            <source>%1: write the end of the day as 24:00</source>
            <translation>%1: das Tagesende als 24:00 schreiben</translation>
        </message>
        <message>
            <source>%1: the range is empty</source>
            <translation>%1: die Spanne ist leer</translation>
        </message>
        <message>
            <source>%1: %2 overlaps %3</source>
            <translation>%1: %2 überschneidet sich mit %3</translation>
        </message>
        <message>
            <source>no service hours given; write 24/7 for always</source>
            <translation>keine Servicezeiten angegeben; für immer 24/7 schreiben</translation>
        </message>
        <message>
            <source>a rule is empty; remove the extra semicolon</source>
            <translation>eine Regel ist leer; das überzählige Semikolon entfernen</translation>
        </message>
        <message>
            <source>24/7 cannot be combined with other rules</source>
            <translation>24/7 lässt sich nicht mit anderen Regeln kombinieren</translation>
        </message>
        <message>
            <source>%1: expected weekdays and times, such as Mo-Fr 08:00-17:00</source>
            <translation>%1: Wochentage und Uhrzeiten erwartet, etwa Mo-Fr 08:00-17:00</translation>
        </message>
    </context>
    <context>
        <name>Leitstand::YamlFileReader</name>
        <message>
            <source>cannot read the file: %1</source>
            <translation>die Datei kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>YAML syntax error: %1</source>
            <translation>YAML-Syntaxfehler: %1</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
        </message>
        <message>
            <source>a second YAML document; a file holds only one</source>
            <translation>ein zweites YAML-Dokument; eine Datei enthält nur eines</translation>
        </message>
        <message>
            <source>version %1 is not supported; this Leitstand reads version %2</source>
            <translation>Version %1 wird nicht unterstützt; dieser Leitstand liest Version %2</translation>
        </message>
        <message>
            <source>expected a mapping of keys and values</source>
            <translation>erwartet wird eine Zuordnung von Schlüsseln zu Werten</translation>
        </message>
        <message>
            <source>a key must be a word</source>
            <translation>ein Schlüssel muss ein Wort sein</translation>
        </message>
        <message>
            <source>the key appears more than once</source>
            <translation>der Schlüssel kommt mehrfach vor</translation>
        </message>
        <message>
            <source>unknown key; expected one of %1</source>
            <translation>unbekannter Schlüssel; erwartet wird einer von %1</translation>
        </message>
        <message>
            <source>unknown key; did you mean "%1"?</source>
            <translation>unbekannter Schlüssel; meinten Sie „%1“?</translation>
        </message>
        <message>
            <source>this key is required</source>
            <translation>dieser Schlüssel ist erforderlich</translation>
        </message>
        <message>
            <source>expected a single value, not a list or mapping</source>
            <translation>erwartet wird ein einzelner Wert, keine Liste oder Zuordnung</translation>
        </message>
        <message>
            <source>expected a whole number</source>
            <translation>erwartet wird eine ganze Zahl</translation>
        </message>
        <message>
            <source>must be at least %1</source>
            <translation>muss mindestens %1 sein</translation>
        </message>
        <message>
            <source>expected true or false</source>
            <translation>erwartet wird true oder false</translation>
        </message>
    </context>
    <context>
        <name>NoticeCommand</name>
        <message>
            <source>no feed server is configured; set one up with leitstand feed configure --url URL</source>
            <translation>es ist kein Feed-Server eingerichtet; richten Sie einen mit leitstand feed configure --url URL ein</translation>
        </message>
        <message>
            <source>standard input</source>
            <translation>Standardeingabe</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 is not JSON: %2 at byte %3</source>
            <translation>%1 ist kein JSON: %2 bei Byte %3</translation>
        </message>
        <message>
            <source>%1 holds no JSON object, so no notice</source>
            <translation>%1 enthält kein JSON-Objekt, also keine Meldung</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>the feed server did not answer within %n second(s)</source>
            <translation>
                <numerusform>der Feed-Server hat nicht innerhalb von %n Sekunde geantwortet</numerusform>
                <numerusform>der Feed-Server hat nicht innerhalb von %n Sekunden geantwortet</numerusform>
            </translation>
        </message>
        <message>
            <source>the publication was not attempted</source>
            <translation>die Veröffentlichung wurde nicht versucht</translation>
        </message>
        <message>
            <source>the withdrawal of notice %1 (revision %2) is not in the feed yet: %3</source>
            <translation>das Zurückziehen der Meldung %1 (Revision %2) ist noch nicht im Feed: %3</translation>
        </message>
        <message>
            <source>notice %1 (revision %2) is not in the feed yet: %3</source>
            <translation>Meldung %1 (Revision %2) ist noch nicht im Feed: %3</translation>
        </message>
        <message>
            <source>the publication stays in the outbox of %1; the console retries it while it runs, as does the next leitstand notice publish</source>
            <translation>die Veröffentlichung bleibt im Postausgang von %1; die Konsole versucht sie erneut, solange sie läuft, ebenso das nächste leitstand notice publish</translation>
        </message>
        <message>
            <source>%1 revision %2 withdrawn: %3</source>
            <translation>%1 Revision %2 zurückgezogen: %3</translation>
        </message>
        <message>
            <source>%1 revision %2 published: %3</source>
            <translation>%1 Revision %2 veröffentlicht: %3</translation>
        </message>
        <message>
            <source>%1; nothing was stored</source>
            <translation>%1; es wurde nichts gespeichert</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) in the notice; nothing was stored</source>
            <translation>
                <numerusform>%n Problem in der Meldung; es wurde nichts gespeichert</numerusform>
                <numerusform>%n Probleme in der Meldung; es wurde nichts gespeichert</numerusform>
            </translation>
        </message>
        <message>
            <source>notice %1 was withdrawn and cannot be published again; give the notice a new id</source>
            <translation>Meldung %1 wurde zurückgezogen und kann nicht erneut veröffentlicht werden; geben Sie der Meldung eine neue ID</translation>
        </message>
        <message>
            <source>there is no notice %1 in %2</source>
            <translation>in %2 gibt es keine Meldung %1</translation>
        </message>
        <message>
            <source>notice %1 is withdrawn already</source>
            <translation>Meldung %1 ist bereits zurückgezogen</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>withdrawn %1</source>
            <translation>zurückgezogen %1</translation>
        </message>
        <message>
            <source>published %1</source>
            <translation>veröffentlicht %1</translation>
        </message>
        <message>
            <source>pending since %1</source>
            <translation>ausstehend seit %1</translation>
        </message>
        <message numerus="yes">
            <source>pending, %n attempt(s) failed, next %1: %2</source>
            <translation>
                <numerusform>ausstehend, %n Versuch fehlgeschlagen, nächster %1: %2</numerusform>
                <numerusform>ausstehend, %n Versuche fehlgeschlagen, nächster %1: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (revision %2)</source>
            <translation>%1 (Revision %2)</translation>
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
            <translation>ART</translation>
        </message>
        <message>
            <source>TITLE</source>
            <translation>TITEL</translation>
        </message>
        <message>
            <source>PUBLICATION</source>
            <translation>VERÖFFENTLICHUNG</translation>
        </message>
        <message>
            <source>Usage: leitstand notice publish FILE | withdraw ID | list [options]
Publishes or withdraws outage notices in the status feed (docs/status-feed.md); see leitstand notice publish --help.</source>
            <translation>Aufruf: leitstand notice publish DATEI | withdraw ID | list [Optionen]
Veröffentlicht Störungsmeldungen im Status-Feed oder zieht sie zurück (docs/status-feed.md); siehe leitstand notice publish --help.</translation>
        </message>
        <message>
            <source>notice needs publish, withdraw or list; see leitstand notice --help</source>
            <translation>notice braucht publish, withdraw oder list; siehe leitstand notice --help</translation>
        </message>
        <message>
            <source>unknown notice command "%1"; use publish, withdraw or list</source>
            <translation>unbekannter notice-Befehl „%1“; verwenden Sie publish, withdraw oder list</translation>
        </message>
        <message>
            <source>Stores an outage notice (one notice as status.json holds it, see docs/status-feed.md) as a new notice or the next revision of the one with its id, publishes it to the feed server, and waits for the server's answer. A publication that fails stays in the outbox, where the console retries it.</source>
            <translation>Speichert eine Störungsmeldung (eine Meldung, wie status.json sie enthält, siehe docs/status-feed.md) als neue Meldung oder als nächste Revision derjenigen mit ihrer ID, veröffentlicht sie auf dem Feed-Server und wartet auf dessen Antwort. Eine fehlgeschlagene Veröffentlichung bleibt im Postausgang, wo die Konsole sie erneut versucht.</translation>
        </message>
        <message>
            <source>Withdraws a published notice from the status feed and waits for the server's answer.</source>
            <translation>Zieht eine veröffentlichte Meldung aus dem Status-Feed zurück und wartet auf die Antwort des Servers.</translation>
        </message>
        <message>
            <source>Lists the notices in the database with the state of their latest publication.</source>
            <translation>Listet die Meldungen der Datenbank mit dem Stand ihrer letzten Veröffentlichung auf.</translation>
        </message>
        <message>
            <source>How long to wait for the feed server, in seconds (default: %1).</source>
            <translation>Wie lange auf den Feed-Server gewartet wird, in Sekunden (Vorgabe: %1).</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>DATEI</translation>
        </message>
        <message>
            <source>The notice as JSON; - reads it from standard input.</source>
            <translation>Die Meldung als JSON; - liest sie von der Standardeingabe.</translation>
        </message>
        <message>
            <source>The id of the notice.</source>
            <translation>Die ID der Meldung.</translation>
        </message>
        <message>
            <source>unexpected argument "%1"; see leitstand notice list --help</source>
            <translation>unerwartetes Argument „%1“; siehe leitstand notice list --help</translation>
        </message>
        <message>
            <source>notice publish needs exactly one FILE; see leitstand notice publish --help</source>
            <translation>notice publish braucht genau eine DATEI; siehe leitstand notice publish --help</translation>
        </message>
        <message>
            <source>notice withdraw needs exactly one ID; see leitstand notice withdraw --help</source>
            <translation>notice withdraw braucht genau eine ID; siehe leitstand notice withdraw --help</translation>
        </message>
        <message>
            <source>--timeout needs a whole number of seconds, at least 1, not "%1"</source>
            <translation>--timeout braucht eine ganze Zahl von Sekunden, mindestens 1, nicht „%1“</translation>
        </message>
        <message>
            <source>"%1" is not the id of a notice; see leitstand notice list</source>
            <translation>„%1“ ist nicht die ID einer Meldung; siehe leitstand notice list</translation>
        </message>
        <message>
            <source>nothing was published</source>
            <translation>es wurde nichts veröffentlicht</translation>
        </message>
    </context>
    <context>
        <name>Poller</name>
        <message>
            <source>SERVICE</source>
            <translation>DIENST</translation>
        </message>
        <message>
            <source>ENDPOINT</source>
            <translation>ENDPUNKT</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>ART</translation>
        </message>
        <message>
            <source>STATE</source>
            <translation>ZUSTAND</translation>
        </message>
        <message>
            <source>LATENCY</source>
            <translation>ANTWORTZEIT</translation>
        </message>
        <message>
            <source>RESULT</source>
            <translation>ERGEBNIS</translation>
        </message>
        <message>
            <source>not checked</source>
            <translation>nicht geprüft</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>(was %1)</source>
            <translation>(vorher %1)</translation>
        </message>
        <message>
            <source>status: %1 endpoints scheduled, %2 checks in the last minute, delay p50 %3 ms p99 %4 ms, %5 cycles skipped, %6 samples stored</source>
            <translation>Status: %1 Endpunkte eingeplant, %2 Prüfungen in der letzten Minute, Verzögerung p50 %3 ms p99 %4 ms, %5 Durchläufe übersprungen, %6 Messwerte gespeichert</translation>
        </message>
        <message>
            <source>Checks the endpoints of a Leitstand database, stores every result and logs state changes. Stops on SIGTERM or SIGINT.</source>
            <translation>Prüft die Endpunkte einer Leitstand-Datenbank, speichert jedes Ergebnis und protokolliert Zustandswechsel. Endet bei SIGTERM oder SIGINT.</translation>
        </message>
        <message>
            <source>Check every endpoint once, print a table and exit; stores nothing.</source>
            <translation>Jeden Endpunkt einmal prüfen, eine Tabelle ausgeben und beenden; speichert nichts.</translation>
        </message>
        <message>
            <source>the database %1 holds no endpoints yet; add some with: leitstand import FILE</source>
            <translation>die Datenbank %1 enthält noch keine Endpunkte; fügen Sie welche hinzu mit: leitstand import DATEI</translation>
        </message>
        <message>
            <source>stopped; %1 samples stored</source>
            <translation>beendet; %1 Messwerte gespeichert</translation>
        </message>
        <message numerus="yes">
            <source>monitoring %n endpoint(s) in %1</source>
            <translation>
                <numerusform>überwache %n Endpunkt in %1</numerusform>
                <numerusform>überwache %n Endpunkte in %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Log a status line every this many seconds (default: %1).</source>
            <translation>Alle so viele Sekunden eine Statuszeile protokollieren (Vorgabe: %1).</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <source>--status-interval expects a whole number of seconds from 1 to %1, not "%2"</source>
            <translation>--status-interval erwartet eine ganze Zahl von Sekunden zwischen 1 und %1, nicht „%2“</translation>
        </message>
        <message>
            <source>incident %1 opened (%2)</source>
            <translation>Vorfall %1 eröffnet (%2)</translation>
        </message>
        <message>
            <source>incident %1 reopened</source>
            <translation>Vorfall %1 wieder eröffnet</translation>
        </message>
        <message>
            <source>incident %1 resolved</source>
            <translation>Vorfall %1 behoben</translation>
        </message>
        <message>
            <source>incident %1: likely caused by service %2</source>
            <translation>Vorfall %1: wahrscheinliche Ursache ist Dienst %2</translation>
        </message>
        <message>
            <source>Resolve an incident once all its endpoints have been up this long, e.g. 5m or 90s (default: %1).</source>
            <translation>Einen Vorfall beheben, sobald alle seine Endpunkte so lange erreichbar waren, z. B. 5m oder 90s (Standard: %1).</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>--incident-hold expects a duration of at least 1s such as 5m or 90s, not "%1"</source>
            <translation>--incident-hold erwartet eine Dauer von mindestens 1s wie 5m oder 90s, nicht „%1“</translation>
        </message>
        <message>
            <source>team notification %1 for incident %2 failed (attempt %3), will retry: %4</source>
            <translation>Team-Benachrichtigung %1 zu Vorfall %2 fehlgeschlagen (Versuch %3), wird wiederholt: %4</translation>
        </message>
        <message>
            <source>team notification %1 for incident %2 delivered by %3</source>
            <translation>Team-Benachrichtigung %1 zu Vorfall %2 per %3 zugestellt</translation>
        </message>
        <message>
            <source>team notification %1 for incident %2 failed for good after %3 attempts: %4</source>
            <translation>Team-Benachrichtigung %1 zu Vorfall %2 endgültig fehlgeschlagen nach %3 Versuchen: %4</translation>
        </message>
        <message>
            <source>On a shared (PostgreSQL) database: how long this poller's claim on its endpoints lasts unless renewed; a poller that dies hands its endpoints on after this long, e.g. 10s (default: %1).</source>
            <translation>Bei einer gemeinsamen (PostgreSQL-)Datenbank: wie lange der Anspruch dieses Pollers auf seine Endpunkte ohne Erneuerung gilt; ein ausgefallener Poller gibt seine Endpunkte nach dieser Zeit ab, z. B. 10s (Vorgabe: %1).</translation>
        </message>
        <message>
            <source>--lease expects a duration of at least 1s such as 10s, not "%1"</source>
            <translation>--lease erwartet eine Dauer von mindestens 1s wie 10s, nicht „%1“</translation>
        </message>
        <message>
            <source>checking the endpoints held so far</source>
            <translation>die bisher gehaltenen Endpunkte werden weiter geprüft</translation>
        </message>
        <message>
            <source>leases renewed again</source>
            <translation>Leases wieder erneuert</translation>
        </message>
        <message numerus="yes">
            <source>poller %1 checks %n endpoint(s); pollers sharing the work: %2</source>
            <translation>
                <numerusform>Poller %1 prüft %n Endpunkt; Poller, die sich die Arbeit teilen: %2</numerusform>
                <numerusform>Poller %1 prüft %n Endpunkte; Poller, die sich die Arbeit teilen: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>checking on and keeping the results</source>
            <translation>es wird weiter geprüft, die Ergebnisse werden aufbewahrt</translation>
        </message>
        <message numerus="yes">
            <source>database reachable again; %n result(s) kept meanwhile stored</source>
            <translation>
                <numerusform>Datenbank wieder erreichbar; %n zwischenzeitlich aufbewahrtes Ergebnis gespeichert</numerusform>
                <numerusform>Datenbank wieder erreichbar; %n zwischenzeitlich aufbewahrte Ergebnisse gespeichert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) dropped because the buffer was full</source>
            <translation>
                <numerusform>%n Ergebnis verworfen, weil der Puffer voll war</numerusform>
                <numerusform>%n Ergebnisse verworfen, weil der Puffer voll war</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SecretCommand</name>
        <message>
            <source>Secret for %1: </source>
            <translation>Geheimnis für %1: </translation>
        </message>
        <message>
            <source>cannot read standard input: %1</source>
            <translation>die Standardeingabe kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>standard input has more than one line; a secret is one line; nothing was stored</source>
            <translation>die Standardeingabe hat mehr als eine Zeile; ein Geheimnis ist eine Zeile; nichts wurde gespeichert</translation>
        </message>
        <message>
            <source>no secret on standard input; nothing was stored</source>
            <translation>kein Geheimnis auf der Standardeingabe; nichts wurde gespeichert</translation>
        </message>
        <message>
            <source>No Secret Service can be reached: there is no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set). Run the command in a desktop session, or start a Secret Service such as gnome-keyring-daemon under dbus-run-session.</source>
            <translation>Kein Secret Service erreichbar: Es gibt keine D-Bus-Sitzung (DBUS_SESSION_BUS_ADDRESS ist nicht gesetzt). Führen Sie den Befehl in einer Desktop-Sitzung aus, oder starten Sie einen Secret Service wie gnome-keyring-daemon unter dbus-run-session.</translation>
        </message>
        <message>
            <source>Is a Secret Service (GNOME Keyring, KWallet or KeePassXC) running and unlocked in this session? Leitstand keeps secrets nowhere else.</source>
            <translation>Läuft in dieser Sitzung ein entsperrter Secret Service (GNOME Keyring, KWallet oder KeePassXC)? Leitstand bewahrt Geheimnisse nirgends sonst auf.</translation>
        </message>
        <message>
            <source>Keeps a secret, such as a team's notification token, in the platform's secret store (the Secret Service: GNOME Keyring, KWallet, KeePassXC). set reads the secret from standard input, one line, without showing it on a terminal; delete removes it.</source>
            <translation>Bewahrt ein Geheimnis, etwa das Benachrichtigungs-Token eines Teams, im Schlüsselbund der Plattform auf (dem Secret Service: GNOME Keyring, KWallet, KeePassXC). set liest das Geheimnis von der Standardeingabe, eine Zeile, ohne es im Terminal anzuzeigen; delete entfernt es.</translation>
        </message>
        <message>
            <source>The notification token of this team, kept under team/NAME/notifications.</source>
            <translation>Das Benachrichtigungs-Token dieses Teams, abgelegt unter team/NAME/notifications.</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Store or remove the secret.</source>
            <translation>Das Geheimnis speichern oder entfernen.</translation>
        </message>
        <message>
            <source>KEY</source>
            <translation>SCHLÜSSEL</translation>
        </message>
        <message>
            <source>Where the secret is kept, such as team/Portal/notifications; not with --team.</source>
            <translation>Wo das Geheimnis abgelegt ist, etwa team/Portal/notifications; nicht zusammen mit --team.</translation>
        </message>
        <message>
            <source>secret needs an action, set or delete; see leitstand secret --help</source>
            <translation>secret braucht eine Aktion, set oder delete; siehe leitstand secret --help</translation>
        </message>
        <message>
            <source>unknown action "%1"; use set or delete</source>
            <translation>unbekannte Aktion „%1“; set oder delete verwenden</translation>
        </message>
        <message>
            <source>unexpected argument "%1"; see leitstand secret --help</source>
            <translation>unerwartetes Argument „%1“; siehe leitstand secret --help</translation>
        </message>
        <message>
            <source>give a KEY or --team, not both</source>
            <translation>SCHLÜSSEL oder --team angeben, nicht beides</translation>
        </message>
        <message>
            <source>secret %1 needs a KEY or --team NAME</source>
            <translation>secret %1 braucht einen SCHLÜSSEL oder --team NAME</translation>
        </message>
        <message>
            <source>--team needs the name of a team</source>
            <translation>--team braucht den Namen eines Teams</translation>
        </message>
        <message>
            <source>the KEY is empty</source>
            <translation>der SCHLÜSSEL ist leer</translation>
        </message>
        <message>
            <source>Stored the secret %1.</source>
            <translation>Geheimnis %1 gespeichert.</translation>
        </message>
        <message>
            <source>The secret %1 is no longer stored.</source>
            <translation>Das Geheimnis %1 ist nicht mehr gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>could not write the screenshot to %1: %2</source>
            <translation>Bildschirmfoto konnte nicht nach %1 geschrieben werden: %2</translation>
        </message>
        <message>
            <source>unknown language "%1"; use de, en or system</source>
            <translation>unbekannte Sprache „%1“; erlaubt sind de, en oder system</translation>
        </message>
        <message>
            <source>Leitstand monitors public digital services and their incidents.</source>
            <translation>Leitstand überwacht öffentliche digitale Dienste und ihre Störungen.</translation>
        </message>
        <message>
            <source>Language of the user interface for this run: de, en or system.</source>
            <translation>Sprache der Benutzeroberfläche für diesen Start: de, en oder system.</translation>
        </message>
        <message>
            <source>language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Render the main window after start-up into a PNG file and exit.</source>
            <translation>Hauptfenster nach dem Start als PNG-Datei speichern und beenden.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>unexpected argument "%1"; see --help</source>
            <translation>unerwartetes Argument „%1“; siehe --help</translation>
        </message>
        <message>
            <source>the %1 translation is missing from this build</source>
            <translation>die Übersetzung %1 fehlt in diesem Build</translation>
        </message>
        <message>
            <source>Leitstand</source>
            <translation>Leitstand</translation>
        </message>
        <message>
            <source>Could not open the database %1:
%2</source>
            <translation>Die Datenbank %1 konnte nicht geöffnet werden:
%2</translation>
        </message>
        <message>
            <source>Use this colour scheme for this run: system, light or dark.</source>
            <translation>Dieses Farbschema für diesen Lauf verwenden: system, light oder dark.</translation>
        </message>
        <message>
            <source>scheme</source>
            <translation>Schema</translation>
        </message>
        <message>
            <source>unknown colour scheme "%1"; use system, light or dark</source>
            <translation>unbekanntes Farbschema „%1“; möglich sind system, light oder dark</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <comment>service – endpoint</comment>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>With --screenshot: show the incidents with the most severe open one selected.</source>
            <translation>Mit --screenshot: die Vorfälle zeigen, den schwersten offenen ausgewählt.</translation>
        </message>
        <message>
            <source>With --screenshot: show the outage notices with the newest selected.</source>
            <translation>Mit --screenshot: die Störungsmeldungen zeigen, die neueste ausgewählt.</translation>
        </message>
        <message>
            <source>The database: an SQLite file, or postgresql://USER@HOST:PORT/DATABASE for one a team shares (default: %1).</source>
            <translation>Die Datenbank: eine SQLite-Datei oder postgresql://BENUTZER@RECHNER:PORT/DATENBANK für eine, die ein Team teilt (Vorgabe: %1).</translation>
        </message>
        <message>
            <source>file|url</source>
            <translation>Datei|URL</translation>
        </message>
        <message>
            <source>connecting without a password: %1</source>
            <translation>Verbindung ohne Passwort: %1</translation>
        </message>
    </context>
</TS>
