<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
            <source>No endpoints are monitored yet.</source>
            <translation>Es werden noch keine Endpunkte überwacht.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
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
            <source>Ready</source>
            <translation>Bereit</translation>
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
    </context>
</TS>
