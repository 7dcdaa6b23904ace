<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO" sourcelanguage="en">
<context>
    <name>CertificationAuth</name>
    <message>
        <location filename="../qgis_io/auth.py" line="41"/>
        <source>no authentication</source>
        <translation>fără autentificare</translation>
    </message>
    <message>
        <location filename="../qgis_io/auth.py" line="44"/>
        <source>missing authentication configuration {}</source>
        <translation>configurația de autentificare {} lipsește</translation>
    </message>
</context>
<context>
    <name>CertificationLocatorFilter</name>
    <message>
        <location filename="../gui/locator_filter.py" line="84"/>
        <source>QGIS Certification courses, centres and organisations</source>
        <translation>Cursuri, centre și organizații din Certificarea QGIS</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="137"/>
        <source>Upcoming courses</source>
        <translation>Cursuri viitoare</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="169"/>
        <source>Training centres</source>
        <translation>Centre de instruire</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="215"/>
        <source>Certified organisations</source>
        <translation>Organizații certificate</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="248"/>
        <source>{} is online: it has no place on the map.</source>
        <translation>{} este un curs online: nu are o locație pe hartă.</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="268"/>
        <source>{} has no page on the certification website.</source>
        <translation>{} nu are o pagină pe site-ul de certificare.</translation>
    </message>
</context>
<context>
    <name>CertificationLogging</name>
    <message>
        <location filename="../qgis_io/logging.py" line="37"/>
        <source>QGIS Certification</source>
        <translation>Certificare QGIS</translation>
    </message>
</context>
<context>
    <name>CertificationOptionsPage</name>
    <message>
        <location filename="../gui/options_page.py" line="80"/>
        <source>Certification server</source>
        <translation>Server de certificare</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="84"/>
        <source>certification.qgis.org, or a server that offers the certification API v1. Do not put credentials in the URL.</source>
        <translation>certification.qgis.org sau un server care oferă API-ul de certificare v1. Nu includeți date de autentificare în URL.</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="90"/>
        <source>Server URL</source>
        <translation>URL-ul serverului</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="92"/>
        <source>Authentication</source>
        <translation>Autentificare</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="95"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="96"/>
        <source>Request timeout</source>
        <translation>Timp limită pentru cereri</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="99"/>
        <source>Test connection</source>
        <translation>Testează conexiunea</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="111"/>
        <source>Layers and cache</source>
        <translation>Straturi și cache</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="114"/>
        <source>All countries (or e.g. RO, SE)</source>
        <translation>Toate țările (sau de ex. RO, SE)</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="115"/>
        <source>Countries</source>
        <translation>Țări</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="118"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="119"/>
        <source>Never update automatically</source>
        <translation>Nu actualiza niciodată automat</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="120"/>
        <source>When a project with the certification layers opens and their data is older than this, it is updated in the background.</source>
        <translation>Când se deschide un proiect cu straturile de certificare, iar datele lor sunt mai vechi de atât, acestea sunt actualizate în fundal.</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="126"/>
        <source>Update layers older than</source>
        <translation>Actualizează straturile mai vechi de</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="128"/>
        <source>Clear cache</source>
        <translation>Golește cache-ul</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="199"/>
        <source>Setting not saved: {}</source>
        <translation>Setarea nu a fost salvată: {}</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="222"/>
        <source>Connecting to {}…</source>
        <translation>Conectare la {}…</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="223"/>
        <source>Testing the connection to the certification server</source>
        <translation>Se testează conexiunea la serverul de certificare</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="242"/>
        <source>Connection failed: {}</source>
        <translation>Conexiunea a eșuat: {}</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="249"/>
        <source>Clearing the cache…</source>
        <translation>Se golește cache-ul…</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="256"/>
        <source>The cache is empty; load the layers to fill it.</source>
        <translation>Cache-ul este gol; încărcați straturile pentru a-l popula.</translation>
    </message>
</context>
<context>
    <name>CertificationPlugin</name>
    <message>
        <location filename="../plugin.py" line="100"/>
        <source>QGIS Certification</source>
        <translation>Certificare QGIS</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="103"/>
        <source>Load certification layers</source>
        <translation>Încarcă straturile de certificare</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="103"/>
        <source>Add certified organisations, training centres and upcoming courses to the map, or update them</source>
        <translation>Adaugă pe hartă organizațiile certificate, centrele de instruire și cursurile viitoare sau le actualizează</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="112"/>
        <source>Find a course</source>
        <translation>Găsește un curs</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="112"/>
        <source>Search upcoming QGIS courses near you</source>
        <translation>Caută cursuri QGIS viitoare în apropierea dumneavoastră</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="121"/>
        <source>Settings…</source>
        <translation>Setări…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="121"/>
        <source>Server, authentication and cache settings</source>
        <translation>Setări pentru server, autentificare și cache</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="268"/>
        <source>The certification layers are already being updated.</source>
        <translation>Straturile de certificare sunt deja în curs de actualizare.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="309"/>
        <source>The certification cache was cleared.</source>
        <translation>Cache-ul de certificare a fost golit.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="314"/>
        <source>The certification cache could not be cleared: {}</source>
        <translation>Cache-ul de certificare nu a putut fi golit: {}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="322"/>
        <source>Clearing the QGIS Certification cache</source>
        <translation>Se golește cache-ul Certificării QGIS</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="344"/>
        <source>The certification layers are older than the set maximum age; updating.</source>
        <translation>Straturile de certificare sunt mai vechi decât vârsta maximă setată; se actualizează.</translation>
    </message>
</context>
<context>
    <name>CertificationProcessing</name>
    <message>
        <location filename="../processing/provider.py" line="21"/>
        <source>QGIS Certification</source>
        <translation>Certificare QGIS</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="119"/>
        <source>Certification server</source>
        <translation>Server de certificare</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="126"/>
        <source>Authentication configuration</source>
        <translation>Configurație de autentificare</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="170"/>
        <source>Reading from {}</source>
        <translation>Se citește de la {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="176"/>
        <source>Countries: {}</source>
        <translation>Țări: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="184"/>
        <source>Read {}</source>
        <translation>S-a citit {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="210"/>
        <source>Features written: {}</source>
        <translation>Entități scrise: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="233"/>
        <source>The download was cancelled.</source>
        <translation>Descărcarea a fost anulată.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="237"/>
        <source>Could not download the data from {}.</source>
        <translation>Datele nu au putut fi descărcate de la {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="298"/>
        <source>Fetch training centres</source>
        <translation>Descarcă centrele de instruire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="301"/>
        <source>Training centres</source>
        <translation>Centre de instruire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="396"/>
        <source>certification</source>
        <translation>certificare</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="350"/>
        <source>training</source>
        <translation>instruire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="307"/>
        <source>centre</source>
        <translation>centru</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="342"/>
        <source>Fetch upcoming courses</source>
        <translation>Descarcă cursurile viitoare</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="345"/>
        <source>Upcoming courses</source>
        <translation>Cursuri viitoare</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="351"/>
        <source>course</source>
        <translation>curs</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="387"/>
        <source>Fetch certified organisations</source>
        <translation>Descarcă organizațiile certificate</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="392"/>
        <source>Certified organisations</source>
        <translation>Organizații certificate</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="397"/>
        <source>organisation</source>
        <translation>organizație</translation>
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
        <translation>Perioadă</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="60"/>
        <source>Course type</source>
        <translation>Tip de curs</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="111"/>
        <source>Training centre</source>
        <translation>Centru de instruire</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="112"/>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="66"/>
        <source>Trainer</source>
        <translation>Formator</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="113"/>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="68"/>
        <source>Competence</source>
        <translation>Competență</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="109"/>
        <source>Course</source>
        <translation>Curs</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="114"/>
        <source>Distance (km)</source>
        <translation>Distanță (km)</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="135"/>
        <source>(unnamed course)</source>
        <translation>(curs fără nume)</translation>
    </message>
</context>
<context>
    <name>CourseFinderDock</name>
    <message>
        <location filename="../gui/course_finder_dock.py" line="78"/>
        <source>Find a course</source>
        <translation>Găsește un curs</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="113"/>
        <source>Search courses, centres, organisations…</source>
        <translation>Caută cursuri, centre, organizații…</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="131"/>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="133"/>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="135"/>
        <source>Course type</source>
        <translation>Tip de curs</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="137"/>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="141"/>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="143"/>
        <source>Untick to show courses from any start date</source>
        <translation>Debifați pentru a afișa cursurile indiferent de data de început</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="147"/>
        <source>Until</source>
        <translation>Până la</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="149"/>
        <source>Untick to show courses up to any start date</source>
        <translation>Debifați pentru a nu limita data de început a cursurilor</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="163"/>
        <source>Map centre</source>
        <translation>Centrul hărții</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="164"/>
        <source>Measure distances from the centre of the map</source>
        <translation>Măsoară distanțele de la centrul hărții</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="165"/>
        <source>Pick point</source>
        <translation>Alege un punct</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="167"/>
        <source>Click on the map to measure distances from there</source>
        <translation>Faceți clic pe hartă pentru a măsura distanțele de acolo</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="190"/>
        <source>Course page</source>
        <translation>Pagina cursului</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="191"/>
        <source>Open the course&apos;s page on the certification website</source>
        <translation>Deschide pagina cursului pe site-ul de certificare</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="194"/>
        <source>Organisation website</source>
        <translation>Site-ul organizației</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="195"/>
        <source>Open the website of the organisation</source>
        <translation>Deschide site-ul organizației</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="196"/>
        <source>Update</source>
        <translation>Actualizează</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="197"/>
        <source>Download the latest courses from the server</source>
        <translation>Descarcă cele mai recente cursuri de pe server</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="333"/>
        <source>Reading the courses…</source>
        <translation>Se citesc cursurile…</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="339"/>
        <source>Reading cached QGIS courses</source>
        <translation>Se citesc cursurile QGIS din cache</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="355"/>
        <source>The cached courses could not be read: {}</source>
        <translation>Cursurile din cache nu au putut fi citite: {}</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="370"/>
        <source>Downloading the latest courses…</source>
        <translation>Se descarcă cele mai recente cursuri…</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="384"/>
        <source>Any</source>
        <translation>Oricare</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="430"/>
        <source>No upcoming courses in the cache. Click Update to download.</source>
        <translation>Nu există cursuri viitoare în cache. Faceți clic pe Actualizează pentru a le descărca.</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="432"/>
        <source>No course data yet. Click Update to download the courses.</source>
        <translation>Încă nu există date despre cursuri. Faceți clic pe Actualizează pentru a descărca cursurile.</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="434"/>
        <source>{} of {} courses</source>
        <translation>{} din {} cursuri</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="473"/>
        <source>Distances: no reference point</source>
        <translation>Distanțe: niciun punct de referință</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="477"/>
        <source>Distances from the picked point ({})</source>
        <translation>Distanțe de la punctul ales ({})</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="479"/>
        <source>Distances from the map centre ({})</source>
        <translation>Distanțe de la centrul hărții ({})</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="501"/>
        <source>This course is online: it has no place on the map.</source>
        <translation>Acest curs este online: nu are o locație pe hartă.</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="519"/>
        <source>Zoom to course</source>
        <translation>Zoom la curs</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="522"/>
        <source>Open course page</source>
        <translation>Deschide pagina cursului</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="525"/>
        <source>Open organisation website</source>
        <translation>Deschide site-ul organizației</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="536"/>
        <source>This course has no page on the certification website.</source>
        <translation>Acest curs nu are o pagină pe site-ul de certificare.</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="564"/>
        <source>Reading QGIS certified organisations</source>
        <translation>Se citesc organizațiile certificate QGIS</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="583"/>
        <source>The organisation&apos;s website could not be looked up.</source>
        <translation>Site-ul organizației nu a putut fi găsit.</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="594"/>
        <source>{} has not published a website address that can be opened.</source>
        <translation>{} nu a publicat o adresă de site care poate fi deschisă.</translation>
    </message>
</context>
<context>
    <name>TaskContext</name>
    <message>
        <location filename="../qgis_io/tasks.py" line="203"/>
        <source>The operation was cancelled.</source>
        <translation>Operațiunea a fost anulată.</translation>
    </message>
</context>
</TS>
