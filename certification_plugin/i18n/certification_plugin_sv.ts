<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>CertificationAuth</name>
    <message>
        <location filename="../qgis_io/auth.py" line="41"/>
        <source>no authentication</source>
        <translation>ingen autentisering</translation>
    </message>
    <message>
        <location filename="../qgis_io/auth.py" line="44"/>
        <source>missing authentication configuration {}</source>
        <translation>autentiseringskonfigurationen {} saknas</translation>
    </message>
</context>
<context>
    <name>CertificationLocatorFilter</name>
    <message>
        <location filename="../gui/locator_filter.py" line="84"/>
        <source>QGIS Certification courses, centres and organisations</source>
        <translation>Kurser, center och organisationer i QGIS-certifieringen</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="137"/>
        <source>Upcoming courses</source>
        <translation>Kommande kurser</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="169"/>
        <source>Training centres</source>
        <translation>Utbildningscenter</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="215"/>
        <source>Certified organisations</source>
        <translation>Certifierade organisationer</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="248"/>
        <source>{} is online: it has no place on the map.</source>
        <translation>{} hålls online och har ingen plats på kartan.</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="268"/>
        <source>{} has no page on the certification website.</source>
        <translation>{} har ingen sida på certifieringswebbplatsen.</translation>
    </message>
</context>
<context>
    <name>CertificationLogging</name>
    <message>
        <location filename="../qgis_io/logging.py" line="37"/>
        <source>QGIS Certification</source>
        <translation>QGIS-certifiering</translation>
    </message>
</context>
<context>
    <name>CertificationOptionsPage</name>
    <message>
        <location filename="../gui/options_page.py" line="80"/>
        <source>Certification server</source>
        <translation>Certifieringsserver</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="84"/>
        <source>certification.qgis.org, or a server that offers the certification API v1. Do not put credentials in the URL.</source>
        <translation>certification.qgis.org, eller en server som erbjuder certifierings-API:t v1. Skriv inte inloggningsuppgifter i URL:en.</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="90"/>
        <source>Server URL</source>
        <translation>Serverns URL</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="92"/>
        <source>Authentication</source>
        <translation>Autentisering</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="95"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="96"/>
        <source>Request timeout</source>
        <translation>Tidsgräns för begäran</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="99"/>
        <source>Test connection</source>
        <translation>Testa anslutningen</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="111"/>
        <source>Layers and cache</source>
        <translation>Lager och cache</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="114"/>
        <source>All countries (or e.g. RO, SE)</source>
        <translation>Alla länder (eller t.ex. RO, SE)</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="115"/>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="118"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="119"/>
        <source>Never update automatically</source>
        <translation>Uppdatera aldrig automatiskt</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="120"/>
        <source>When a project with the certification layers opens and their data is older than this, it is updated in the background.</source>
        <translation>När ett projekt med certifieringslagren öppnas och deras data är äldre än så uppdateras de i bakgrunden.</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="126"/>
        <source>Update layers older than</source>
        <translation>Uppdatera lager som är äldre än</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="128"/>
        <source>Clear cache</source>
        <translation>Töm cachen</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="199"/>
        <source>Setting not saved: {}</source>
        <translation>Inställningen sparades inte: {}</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="222"/>
        <source>Connecting to {}…</source>
        <translation>Ansluter till {}…</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="223"/>
        <source>Testing the connection to the certification server</source>
        <translation>Testar anslutningen till certifieringsservern</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="242"/>
        <source>Connection failed: {}</source>
        <translation>Anslutningen misslyckades: {}</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="249"/>
        <source>Clearing the cache…</source>
        <translation>Tömmer cachen…</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="256"/>
        <source>The cache is empty; load the layers to fill it.</source>
        <translation>Cachen är tom; läs in lagren för att fylla den.</translation>
    </message>
</context>
<context>
    <name>CertificationPlugin</name>
    <message>
        <location filename="../plugin.py" line="100"/>
        <source>QGIS Certification</source>
        <translation>QGIS-certifiering</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="103"/>
        <source>Load certification layers</source>
        <translation>Läs in certifieringslager</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="103"/>
        <source>Add certified organisations, training centres and upcoming courses to the map, or update them</source>
        <translation>Lägg till certifierade organisationer, utbildningscenter och kommande kurser på kartan, eller uppdatera dem</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="112"/>
        <source>Find a course</source>
        <translation>Hitta en kurs</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="112"/>
        <source>Search upcoming QGIS courses near you</source>
        <translation>Sök kommande QGIS-kurser nära dig</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="121"/>
        <source>Settings…</source>
        <translation>Inställningar…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="121"/>
        <source>Server, authentication and cache settings</source>
        <translation>Inställningar för server, autentisering och cache</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="268"/>
        <source>The certification layers are already being updated.</source>
        <translation>Certifieringslagren håller redan på att uppdateras.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="309"/>
        <source>The certification cache was cleared.</source>
        <translation>Certifieringscachen har tömts.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="314"/>
        <source>The certification cache could not be cleared: {}</source>
        <translation>Certifieringscachen kunde inte tömmas: {}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="322"/>
        <source>Clearing the QGIS Certification cache</source>
        <translation>Tömmer cachen för QGIS-certifiering</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="344"/>
        <source>The certification layers are older than the set maximum age; updating.</source>
        <translation>Certifieringslagren är äldre än den inställda maxåldern; de uppdateras.</translation>
    </message>
</context>
<context>
    <name>CertificationProcessing</name>
    <message>
        <location filename="../processing/provider.py" line="21"/>
        <source>QGIS Certification</source>
        <translation>QGIS-certifiering</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="119"/>
        <source>Certification server</source>
        <translation>Certifieringsserver</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="126"/>
        <source>Authentication configuration</source>
        <translation>Autentiseringskonfiguration</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="170"/>
        <source>Reading from {}</source>
        <translation>Läser från {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="176"/>
        <source>Countries: {}</source>
        <translation>Länder: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="184"/>
        <source>Read {}</source>
        <translation>Läste {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="210"/>
        <source>Features written: {}</source>
        <translation>Skrivna objekt: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="233"/>
        <source>The download was cancelled.</source>
        <translation>Nedladdningen avbröts.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="237"/>
        <source>Could not download the data from {}.</source>
        <translation>Det gick inte att ladda ner data från {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="298"/>
        <source>Fetch training centres</source>
        <translation>Hämta utbildningscenter</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="301"/>
        <source>Training centres</source>
        <translation>Utbildningscenter</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="396"/>
        <source>certification</source>
        <translation>certifiering</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="350"/>
        <source>training</source>
        <translation>utbildning</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="307"/>
        <source>centre</source>
        <translation>center</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="342"/>
        <source>Fetch upcoming courses</source>
        <translation>Hämta kommande kurser</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="345"/>
        <source>Upcoming courses</source>
        <translation>Kommande kurser</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="351"/>
        <source>course</source>
        <translation>kurs</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="387"/>
        <source>Fetch certified organisations</source>
        <translation>Hämta certifierade organisationer</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="392"/>
        <source>Certified organisations</source>
        <translation>Certifierade organisationer</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="397"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
</context>
<context>
    <name>CourseFinder</name>
    <message>
        <location filename="../gui/course_finder_model.py" line="41"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="110"/>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="60"/>
        <source>Course type</source>
        <translation>Kurstyp</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="111"/>
        <source>Training centre</source>
        <translation>Utbildningscenter</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="112"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="66"/>
        <source>Trainer</source>
        <translation>Utbildare</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="113"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="68"/>
        <source>Competence</source>
        <translation>Kompetens</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="109"/>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="114"/>
        <source>Distance (km)</source>
        <translation>Avstånd (km)</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="135"/>
        <source>(unnamed course)</source>
        <translation>(namnlös kurs)</translation>
    </message>
</context>
<context>
    <name>CourseFinderDock</name>
    <message>
        <location filename="../gui/course_finder_dock.py" line="78"/>
        <source>Find a course</source>
        <translation>Hitta en kurs</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="113"/>
        <source>Search courses, centres, organisations…</source>
        <translation>Sök kurser, center, organisationer…</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="131"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="133"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="135"/>
        <source>Course type</source>
        <translation>Kurstyp</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="137"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="141"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="143"/>
        <source>Untick to show courses from any start date</source>
        <translation>Avmarkera för att visa kurser oavsett startdatum</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="147"/>
        <source>Until</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="149"/>
        <source>Untick to show courses up to any start date</source>
        <translation>Avmarkera för att inte begränsa kursernas senaste startdatum</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="163"/>
        <source>Map centre</source>
        <translation>Kartans mitt</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="164"/>
        <source>Measure distances from the centre of the map</source>
        <translation>Mät avstånd från kartans mitt</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="165"/>
        <source>Pick point</source>
        <translation>Välj punkt</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="167"/>
        <source>Click on the map to measure distances from there</source>
        <translation>Klicka på kartan för att mäta avstånd därifrån</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="190"/>
        <source>Course page</source>
        <translation>Kurssida</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="191"/>
        <source>Open the course&apos;s page on the certification website</source>
        <translation>Öppna kursens sida på certifieringswebbplatsen</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="194"/>
        <source>Organisation website</source>
        <translation>Organisationens webbplats</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="195"/>
        <source>Open the website of the organisation</source>
        <translation>Öppna organisationens webbplats</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="196"/>
        <source>Update</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="197"/>
        <source>Download the latest courses from the server</source>
        <translation>Hämta de senaste kurserna från servern</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="333"/>
        <source>Reading the courses…</source>
        <translation>Läser kurserna…</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="339"/>
        <source>Reading cached QGIS courses</source>
        <translation>Läser cachade QGIS-kurser</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="355"/>
        <source>The cached courses could not be read: {}</source>
        <translation>De cachade kurserna kunde inte läsas: {}</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="370"/>
        <source>Downloading the latest courses…</source>
        <translation>Hämtar de senaste kurserna…</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="384"/>
        <source>Any</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="430"/>
        <source>No upcoming courses in the cache. Click Update to download.</source>
        <translation>Inga kommande kurser i cachen. Klicka på Uppdatera för att hämta dem.</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="432"/>
        <source>No course data yet. Click Update to download the courses.</source>
        <translation>Inga kursdata ännu. Klicka på Uppdatera för att hämta kurserna.</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="434"/>
        <source>{} of {} courses</source>
        <translation>{} av {} kurser</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="473"/>
        <source>Distances: no reference point</source>
        <translation>Avstånd: ingen referenspunkt</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="477"/>
        <source>Distances from the picked point ({})</source>
        <translation>Avstånd från den valda punkten ({})</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="479"/>
        <source>Distances from the map centre ({})</source>
        <translation>Avstånd från kartans mitt ({})</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="501"/>
        <source>This course is online: it has no place on the map.</source>
        <translation>Kursen hålls online och har ingen plats på kartan.</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="519"/>
        <source>Zoom to course</source>
        <translation>Zooma till kursen</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="522"/>
        <source>Open course page</source>
        <translation>Öppna kurssidan</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="525"/>
        <source>Open organisation website</source>
        <translation>Öppna organisationens webbplats</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="536"/>
        <source>This course has no page on the certification website.</source>
        <translation>Kursen har ingen sida på certifieringswebbplatsen.</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="564"/>
        <source>Reading QGIS certified organisations</source>
        <translation>Läser QGIS-certifierade organisationer</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="583"/>
        <source>The organisation&apos;s website could not be looked up.</source>
        <translation>Det gick inte att slå upp organisationens webbplats.</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="594"/>
        <source>{} has not published a website address that can be opened.</source>
        <translation>{} har inte publicerat någon webbadress som kan öppnas.</translation>
    </message>
</context>
<context>
    <name>TaskContext</name>
    <message>
        <location filename="../qgis_io/tasks.py" line="203"/>
        <source>The operation was cancelled.</source>
        <translation>Åtgärden avbröts.</translation>
    </message>
</context>
</TS>
