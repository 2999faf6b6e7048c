<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
            <source>No endpoints are monitored yet.</source>
            <translation>No endpoints are monitored yet.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
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
            <source>Ready</source>
            <translation>Ready</translation>
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
    </context>
</TS>
