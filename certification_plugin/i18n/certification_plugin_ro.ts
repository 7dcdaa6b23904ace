<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../gui/about_dialog.py" line="58"/>
        <source>About QGIS Certification</source>
        <translation>Despre Certificare QGIS</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="78"/>
        <source>Open the Log Messages panel</source>
        <translation>Deschide panoul Mesaje jurnal</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="79"/>
        <source>The plugin's messages are on the “{}” tab of that panel.</source>
        <translation>Mesajele modulului sunt în fila „{}” a acelui panou.</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="94"/>
        <source>Homepage</source>
        <translation>Pagina principală</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="95"/>
        <source>Report a problem or suggest an idea</source>
        <translation>Raportează o problemă sau propune o idee</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="96"/>
        <source>QGIS Certification Programme</source>
        <translation>Programul de certificare QGIS</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="102"/>
        <source>Plugin version</source>
        <translation>Versiunea modulului</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="103"/>
        <source>QGIS version</source>
        <translation>Versiunea QGIS</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="104"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="104"/>
        <source>none</source>
        <translation>niciunul</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="113"/>
        <source>Certified organisations, training centres and upcoming courses as map layers, a course finder, a locator filter and Processing algorithms.</source>
        <translation>Organizații certificate, centre de instruire și cursuri viitoare ca straturi pe hartă, o căutare de cursuri, un filtru de localizare și algoritmi de Procesare.</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="126"/>
        <source>The plugin writes its messages to the “{}” tab of the Log Messages panel (View &gt; Panels &gt; Log Messages).</source>
        <translation>Modulul își scrie mesajele în fila „{}” a panoului Mesaje jurnal (Vizualizare &gt; Panouri &gt; Mesaje jurnal).</translation>
    </message>
</context>
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
    <name>CertificationCountryList</name>
    <message>
        <location filename="../gui/country_list.py" line="45"/>
        <source>Filter countries</source>
        <translation>Filtrează țările</translation>
    </message>
    <message>
        <location filename="../gui/country_list.py" line="136"/>
        <source>All countries</source>
        <translation>Toate țările</translation>
    </message>
    <message>
        <location filename="../gui/country_list.py" line="49"/>
        <source>Uncheck every country: the layers show all of them.</source>
        <translation>Debifează toate țările: straturile le arată pe toate.</translation>
    </message>
    <message>
        <location filename="../gui/country_list.py" line="140"/>
        <source>and {} more</source>
        <translation>și încă {}</translation>
    </message>
    <message>
        <location filename="../gui/country_list.py" line="141"/>
        <source>Only: {}</source>
        <translation>Doar: {}</translation>
    </message>
</context>
<context>
    <name>CertificationLayers</name>
    <message>
        <location filename="../layers/builder.py" line="53"/>
        <source>QGIS Certification</source>
        <translation>Certificare QGIS</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="59"/>
        <source>Training centres</source>
        <translation>Centre de instruire</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="60"/>
        <source>Upcoming courses</source>
        <translation>Cursuri viitoare</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="118"/>
        <source>Certified organisations</source>
        <translation>Organizații certificate</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="85"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="86"/>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="87"/>
        <source>Organisation slug</source>
        <translation>Identificator organizație</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="117"/>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="152"/>
        <source>Certification page</source>
        <translation>Pagina de certificare</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="90"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="91"/>
        <source>Updated</source>
        <translation>Actualizat</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="103"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="110"/>
        <source>Training centre</source>
        <translation>Centru de instruire</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="97"/>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="143"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="99"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="138"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="104"/>
        <source>Course</source>
        <translation>Curs</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="105"/>
        <source>Start</source>
        <translation>Început</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="106"/>
        <source>End</source>
        <translation>Sfârșit</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="107"/>
        <source>Course type</source>
        <translation>Tip de curs</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="108"/>
        <source>Course type slug</source>
        <translation>Identificator tip de curs</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="109"/>
        <source>Trainer</source>
        <translation>Formator</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="111"/>
        <source>Training centre id</source>
        <translation>Id centru de instruire</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="112"/>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="113"/>
        <source>Competence</source>
        <translation>Competență</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="116"/>
        <source>Country code</source>
        <translation>Cod de țară</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="119"/>
        <source>Organisations</source>
        <translation>Organizații</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="138"/>
        <source>Open the centre&apos;s website</source>
        <translation>Deschide site-ul web al centrului</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="143"/>
        <source>Write an e-mail to the centre</source>
        <translation>Scrie un e-mail centrului</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="144"/>
        <source>Open the organisation&apos;s page on the certification website</source>
        <translation>Deschide pagina organizației pe site-ul de certificare</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="152"/>
        <source>Open the course on the certification website</source>
        <translation>Deschide cursul pe site-ul de certificare</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="327"/>
        <source>Data published by the QGIS Certification Programme and its certified organisations.</source>
        <translation>Date publicate de Programul de certificare QGIS și de organizațiile sale certificate.</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="333"/>
        <source>Country boundaries: Natural Earth (public domain).</source>
        <translation>Granițele țărilor: Natural Earth (domeniu public).</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="338"/>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="347"/>
        <source>Training centres of the organisations certified to teach QGIS. Online centres have no location.</source>
        <translation>Centrele de instruire ale organizațiilor certificate să predea QGIS. Centrele online nu au locație.</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="351"/>
        <source>Courses that start today or later, at the location of their training centre. Online courses have no location.</source>
        <translation>Cursuri care încep astăzi sau mai târziu, în locația centrului lor de instruire. Cursurile online nu au locație.</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="355"/>
        <source>Countries with at least one certified QGIS training organisation, with the number and names of the organisations.</source>
        <translation>Țările cu cel puțin o organizație de instruire QGIS certificată, cu numărul și numele organizațiilor.</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="363"/>
        <source>Last updated: {}</source>
        <translation>Ultima actualizare: {}</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="365"/>
        <source>Last updated: never</source>
        <translation>Ultima actualizare: niciodată</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="367"/>
        <source>Server: {}</source>
        <translation>Server: {}</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="370"/>
        <source>Source: {}</source>
        <translation>Sursă: {}</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="371"/>
        <source>Attribution: QGIS Certification Programme, {}</source>
        <translation>Atribuire: Programul de certificare QGIS, {}</translation>
    </message>
    <message>
        <location filename="../layers/background.py" line="36"/>
        <source>Countries (background)</source>
        <translation>Țări (fundal)</translation>
    </message>
</context>
<context>
    <name>CertificationLegend</name>
    <message>
        <location filename="../layers/legend.py" line="28"/>
        <source>{n} or more</source>
        <translation>{n} sau mai multe</translation>
    </message>
    <message>
        <location filename="../layers/legend.py" line="31"/>
        <source>{low} to {high}</source>
        <translation>{low}–{high}</translation>
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
    <message>
        <location filename="../gui/locator_filter.py" line="89"/>
        <source>Find upcoming QGIS courses, training centres and certified organisations</source>
        <translation>Găsește cursuri QGIS viitoare, centre de instruire și organizații certificate</translation>
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
    <name>CertificationMapTips</name>
    <message>
        <location filename="../layers/maptips.py" line="244"/>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="245"/>
        <source>Training centre</source>
        <translation>Centru de instruire</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="243"/>
        <source>Course type</source>
        <translation>Tip de curs</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="249"/>
        <source>Trainer</source>
        <translation>Formator</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="248"/>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="242"/>
        <source>Dates</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="250"/>
        <source>Competence</source>
        <translation>Competență</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="219"/>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="221"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="220"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="228"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="137"/>
        <source>More on the certification website</source>
        <translation>Mai multe pe site-ul de certificare</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="147"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="147"/>
        <source>Location not published</source>
        <translation>Locație nepublicată</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="264"/>
        <source>Certified organisations: {}</source>
        <translation>Organizații certificate: {}</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="155"/>
        <source>and {} more</source>
        <translation>și încă {}</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="208"/>
        <source>Next courses</source>
        <translation>Cursurile următoare</translation>
    </message>
</context>
<context>
    <name>CertificationMessages</name>
    <message>
        <location filename="../qgis_io/messages.py" line="38"/>
        <source>The operation was cancelled.</source>
        <translation>Operațiunea a fost anulată.</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="40"/>
        <source>The server did not answer in time.</source>
        <translation>Serverul nu a răspuns la timp.</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="42"/>
        <source>The server&apos;s answer was too large and was not downloaded.</source>
        <translation>Răspunsul serverului a fost prea mare și nu a fost descărcat.</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="44"/>
        <source>The server could not be reached.</source>
        <translation>Serverul nu a putut fi contactat.</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="46"/>
        <source>The server did not accept the credentials of the authentication configuration.</source>
        <translation>Serverul nu a acceptat datele de autentificare din configurația de autentificare.</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="48"/>
        <source>The server refused the request (permission denied).</source>
        <translation>Serverul a refuzat cererea (permisiune refuzată).</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="50"/>
        <source>The server has nothing at this address (not found).</source>
        <translation>Serverul nu are nimic la această adresă (negăsit).</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="52"/>
        <source>The server received too many requests; try again later.</source>
        <translation>Serverul a primit prea multe cereri; încercați din nou mai târziu.</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="60"/>
        <source>The server answered with an error (HTTP {}).</source>
        <translation>Serverul a răspuns cu o eroare (HTTP {}).</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="62"/>
        <source>The server&apos;s answer was cut off.</source>
        <translation>Răspunsul serverului a fost întrerupt.</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="64"/>
        <source>The server&apos;s answer is not valid certification data.</source>
        <translation>Răspunsul serverului nu conține date de certificare valide.</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="66"/>
        <source>The request to the certification server failed.</source>
        <translation>Cererea către serverul de certificare a eșuat.</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="67"/>
        <source>An unexpected error occurred ({}).</source>
        <translation>A apărut o eroare neașteptată ({}).</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="54"/>
        <source>The server did not accept the data; check the fields it named.</source>
        <translation>Serverul nu a acceptat datele; verificați câmpurile indicate.</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="56"/>
        <source>This action is not possible in the current state.</source>
        <translation>Această acțiune nu este posibilă în starea actuală.</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="58"/>
        <source>The upload is larger than the server accepts.</source>
        <translation>Fișierul încărcat este mai mare decât acceptă serverul.</translation>
    </message>
</context>
<context>
    <name>CertificationOptionsPage</name>
    <message>
        <location filename="../gui/options_page.py" line="81"/>
        <source>Certification server</source>
        <translation>Server de certificare</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="85"/>
        <source>certification.qgis.org, or a server that offers the certification API v1. Do not put credentials in the URL.</source>
        <translation>certification.qgis.org sau un server care oferă API-ul de certificare v1. Nu includeți date de autentificare în URL.</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="91"/>
        <source>Server URL</source>
        <translation>URL-ul serverului</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="93"/>
        <source>Authentication</source>
        <translation>Autentificare</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="96"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="97"/>
        <source>Request timeout</source>
        <translation>Timp limită pentru cereri</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="100"/>
        <source>Test connection</source>
        <translation>Testează conexiunea</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="112"/>
        <source>Layers and cache</source>
        <translation>Straturi și cache</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="118"/>
        <source>Countries</source>
        <translation>Țări</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="126"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="127"/>
        <source>Never update automatically</source>
        <translation>Nu actualiza niciodată automat</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="128"/>
        <source>When a project with the certification layers opens and their data is older than this, it is updated in the background.</source>
        <translation>Când se deschide un proiect cu straturile de certificare, iar datele lor sunt mai vechi de atât, acestea sunt actualizate în fundal.</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="134"/>
        <source>Update layers older than</source>
        <translation>Actualizează straturile mai vechi de</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="136"/>
        <source>Clear cache</source>
        <translation>Golește cache-ul</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="203"/>
        <source>Setting not saved: {}</source>
        <translation>Setarea nu a fost salvată: {}</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="227"/>
        <source>Connecting to {}…</source>
        <translation>Conectare la {}…</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="228"/>
        <source>Testing the connection to the certification server</source>
        <translation>Se testează conexiunea la serverul de certificare</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="247"/>
        <source>Connection failed: {}</source>
        <translation>Conexiunea a eșuat: {}</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="252"/>
        <source>Clearing the cache…</source>
        <translation>Se golește cache-ul…</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="259"/>
        <source>The cache is empty; load the layers to fill it.</source>
        <translation>Cache-ul este gol; încărcați straturile pentru a-l popula.</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="53"/>
        <source>Connected: public feeds only (certification.qgis.org-compatible).</source>
        <translation>Conectat: doar fluxurile publice (compatibil cu certification.qgis.org).</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="54"/>
        <source>Connected: API v1 {}</source>
        <translation>Conectat: API v1 {}</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="56"/>
        <source>(server {})</source>
        <translation>(server {})</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="58"/>
        <source>no roles</source>
        <translation>niciun rol</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="59"/>
        <source>Signed in as {} (roles: {}).</source>
        <translation>Autentificat ca {} (roluri: {}).</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="61"/>
        <source>Not signed in: public data only.</source>
        <translation>Neautentificat: doar date publice.</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="268"/>
        <source>QGIS Certification</source>
        <translation>Certificare QGIS</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="115"/>
        <source>Show only these countries on the layers; none checked shows them all.</source>
        <translation>Arată pe straturi doar aceste țări; dacă nu e bifată niciuna, se arată toate.</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="119"/>
        <source>Add a light country background when the layers go into an empty project</source>
        <translation>Adaugă un fundal discret cu țări când straturile sunt încărcate într-un proiect gol</translation>
    </message>
</context>
<context>
    <name>CertificationPlugin</name>
    <message>
        <location filename="../plugin.py" line="108"/>
        <source>QGIS Certification</source>
        <translation>Certificare QGIS</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="111"/>
        <source>Load certification layers</source>
        <translation>Încarcă straturile de certificare</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="111"/>
        <source>Add certified organisations, training centres and upcoming courses to the map, or update them</source>
        <translation>Adaugă pe hartă organizațiile certificate, centrele de instruire și cursurile viitoare sau le actualizează</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="120"/>
        <source>Find a course</source>
        <translation>Găsește un curs</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="120"/>
        <source>Search upcoming QGIS courses near you</source>
        <translation>Caută cursuri QGIS viitoare în apropierea dumneavoastră</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="129"/>
        <source>Settings…</source>
        <translation>Setări…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="129"/>
        <source>Server, authentication and cache settings</source>
        <translation>Setări pentru server, autentificare și cache</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="295"/>
        <source>The certification layers are already being updated.</source>
        <translation>Straturile de certificare sunt deja în curs de actualizare.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="336"/>
        <source>The certification cache was cleared.</source>
        <translation>Cache-ul de certificare a fost golit.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="341"/>
        <source>The certification cache could not be cleared: {}</source>
        <translation>Cache-ul de certificare nu a putut fi golit: {}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="349"/>
        <source>Clearing the QGIS Certification cache</source>
        <translation>Se golește cache-ul Certificării QGIS</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="386"/>
        <source>The certification layers are older than the set maximum age; updating.</source>
        <translation>Straturile de certificare sunt mai vechi decât vârsta maximă setată; se actualizează.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="136"/>
        <source>About QGIS Certification…</source>
        <translation>Despre Certificare QGIS…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="136"/>
        <source>Versions, server, help links and where the plugin&apos;s logs are</source>
        <translation>Versiuni, server, linkuri de ajutor și unde se află jurnalele modulului</translation>
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
    <message>
        <location filename="../processing/algorithms.py" line="136"/>
        <source>Countries (ISO 3166-1 alpha-2 codes, comma-separated; empty for all)</source>
        <translation>Țări (coduri ISO 3166-1 alpha-2, separate prin virgulă; gol pentru toate)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="264"/>
        <source>The authentication configuration {} does not exist in this QGIS profile.</source>
        <translation>Configurația de autentificare {} nu există în acest profil QGIS.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="273"/>
        <source>&lt;p&gt;&lt;b&gt;Certification server&lt;/b&gt;: the address of certification.qgis.org or of another certification server (the default comes from the plugin settings). Servers with the certification API v1 are read through it; others through their public feeds.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Authentication configuration&lt;/b&gt;: optional; an entry of the QGIS authentication database, for servers that need it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Countries&lt;/b&gt;: optional two-letter ISO 3166-1 codes separated by commas, for example &lt;i&gt;RO, SE&lt;/i&gt;. A country filter keeps what belongs to organisations of those countries. Anything that is not a two-letter code is refused.&lt;/p&gt;&lt;p&gt;Text is copied as the server sent it; web addresses that are not http(s) and e-mail values that are not plain addresses are left empty. A server that cannot be reached or answers with an error stops the algorithm with a message saying why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Server de certificare&lt;/b&gt;: adresa certification.qgis.org sau a altui server de certificare (valoarea implicită vine din setările pluginului). Serverele cu API-ul de certificare v1 sunt citite prin acesta; celelalte prin fluxurile lor publice.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Configurație de autentificare&lt;/b&gt;: opțională; o intrare din baza de date de autentificare QGIS, pentru serverele care o cer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Țări&lt;/b&gt;: coduri ISO 3166-1 opționale din două litere, separate prin virgulă, de exemplu &lt;i&gt;RO, SE&lt;/i&gt;. Un filtru de țară păstrează ce aparține organizațiilor din acele țări. Orice nu este un cod din două litere este refuzat.&lt;/p&gt;&lt;p&gt;Textul este copiat așa cum l-a trimis serverul; adresele web care nu sunt http(s) și valorile de e-mail care nu sunt adrese simple rămân goale. Un server care nu poate fi contactat sau care răspunde cu o eroare oprește algoritmul cu un mesaj care spune de ce.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="312"/>
        <source>&lt;p&gt;Downloads the training centres of the organisations certified to teach QGIS as points in EPSG:4326. Online centres, and centres whose location is not published, are kept with an empty geometry.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Descarcă centrele de instruire ale organizațiilor certificate să predea QGIS, ca puncte în EPSG:4326. Centrele online și centrele a căror locație nu este publicată sunt păstrate cu o geometrie goală.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="356"/>
        <source>&lt;p&gt;Downloads the courses of certified organisations that start today or later, as points in EPSG:4326 at the location of their training centre. Online courses are kept with an empty geometry.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Descarcă cursurile organizațiilor certificate care încep astăzi sau mai târziu, ca puncte în EPSG:4326 în locația centrului lor de instruire. Cursurile online sunt păstrate cu o geometrie goală.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="402"/>
        <source>&lt;p&gt;Downloads the organisations certified to teach QGIS (approved and not archived) as a table without geometry: organisations have a country but no location of their own. Join the &lt;i&gt;country_code&lt;/i&gt; column to a country layer to map them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Descarcă organizațiile certificate să predea QGIS (aprobate și nearhivate) ca tabel fără geometrie: organizațiile au o țară, dar nu au o locație proprie. Uniți coloana &lt;i&gt;country_code&lt;/i&gt; cu un strat de țări pentru a le afișa pe hartă.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CourseFinder</name>
    <message>
        <location filename="../gui/course_finder_model.py" line="119"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="146"/>
        <source>Dates</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="145"/>
        <source>Course type</source>
        <translation>Tip de curs</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="147"/>
        <source>Training centre</source>
        <translation>Centru de instruire</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="149"/>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="150"/>
        <source>Trainer</source>
        <translation>Formator</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="151"/>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="152"/>
        <source>Competence</source>
        <translation>Competență</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="95"/>
        <source>(unnamed course)</source>
        <translation>(curs fără nume)</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="86"/>
        <source>{} km</source>
        <translation>{} km</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="148"/>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="155"/>
        <source>Distance</source>
        <translation>Distanță</translation>
    </message>
</context>
<context>
    <name>CourseFinderDock</name>
    <message>
        <location filename="../gui/course_finder_dock.py" line="95"/>
        <source>Find a course</source>
        <translation>Găsește un curs</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="143"/>
        <source>Search courses, centres, organisations…</source>
        <translation>Caută cursuri, centre, organizații…</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="162"/>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="164"/>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="166"/>
        <source>Course type</source>
        <translation>Tip de curs</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="168"/>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="173"/>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="175"/>
        <source>Untick to show courses from any start date</source>
        <translation>Debifați pentru a afișa cursurile indiferent de data de început</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="179"/>
        <source>Until</source>
        <translation>Până la</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="181"/>
        <source>Untick to show courses up to any start date</source>
        <translation>Debifați pentru a nu limita data de început a cursurilor</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="196"/>
        <source>Map centre</source>
        <translation>Centrul hărții</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="197"/>
        <source>Measure distances from the centre of the map</source>
        <translation>Măsoară distanțele de la centrul hărții</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="198"/>
        <source>Pick point</source>
        <translation>Alege un punct</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="200"/>
        <source>Click on the map to measure distances from there</source>
        <translation>Faceți clic pe hartă pentru a măsura distanțele de acolo</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="225"/>
        <source>Course page</source>
        <translation>Pagina cursului</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="226"/>
        <source>Open the course&apos;s page on the certification website</source>
        <translation>Deschide pagina cursului pe site-ul de certificare</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="229"/>
        <source>Organisation website</source>
        <translation>Site-ul organizației</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="230"/>
        <source>Open the website of the organisation</source>
        <translation>Deschide site-ul organizației</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="231"/>
        <source>Update</source>
        <translation>Actualizează</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="232"/>
        <source>Download the latest courses from the server</source>
        <translation>Descarcă cele mai recente cursuri de pe server</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="401"/>
        <source>Reading the courses…</source>
        <translation>Se citesc cursurile…</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="407"/>
        <source>Reading cached QGIS courses</source>
        <translation>Se citesc cursurile QGIS din cache</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="427"/>
        <source>The cached courses could not be read: {}</source>
        <translation>Cursurile din cache nu au putut fi citite: {}</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="442"/>
        <source>Downloading the latest courses…</source>
        <translation>Se descarcă cele mai recente cursuri…</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="456"/>
        <source>Any</source>
        <translation>Oricare</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="503"/>
        <source>No upcoming courses in the cache. Click Update to download.</source>
        <translation>Nu există cursuri viitoare în cache. Faceți clic pe Actualizează pentru a le descărca.</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="505"/>
        <source>No course data yet. Click Update to download the courses.</source>
        <translation>Încă nu există date despre cursuri. Faceți clic pe Actualizează pentru a descărca cursurile.</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="507"/>
        <source>{} of {} courses</source>
        <translation>{} din {} cursuri</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="574"/>
        <source>Distances: no reference point</source>
        <translation>Distanțe: niciun punct de referință</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="615"/>
        <source>This course is online: it has no place on the map.</source>
        <translation>Acest curs este online: nu are o locație pe hartă.</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="642"/>
        <source>Zoom to course</source>
        <translation>Zoom la curs</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="645"/>
        <source>Open course page</source>
        <translation>Deschide pagina cursului</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="648"/>
        <source>Open organisation website</source>
        <translation>Deschide site-ul organizației</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="659"/>
        <source>This course has no page on the certification website.</source>
        <translation>Acest curs nu are o pagină pe site-ul de certificare.</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="687"/>
        <source>Reading QGIS certified organisations</source>
        <translation>Se citesc organizațiile certificate QGIS</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="708"/>
        <source>The organisation&apos;s website could not be looked up.</source>
        <translation>Site-ul organizației nu a putut fi găsit.</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="719"/>
        <source>{} has not published a website address that can be opened.</source>
        <translation>{} nu a publicat o adresă de site care poate fi deschisă.</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="221"/>
        <source>Courses found</source>
        <translation>Cursuri găsite</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="578"/>
        <source>Distances from the picked point:</source>
        <translation>Distanțe de la punctul ales:</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="580"/>
        <source>Distances from the map centre:</source>
        <translation>Distanțe de la centrul hărții:</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="582"/>
        <source>Lon {lon}, Lat {lat}</source>
        <translation>Long. {lon}, lat. {lat}</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="584"/>
        <source>Longitude and latitude in WGS 84 (EPSG:4326)</source>
        <translation>Longitudine și latitudine în WGS 84 (EPSG:4326)</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <location filename="../qgis_io/drafts.py" line="118"/>
        <source>The draft could not be saved to {path}: {reason}</source>
        <translation>Ciorna nu a putut fi salvată în {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../qgis_io/drafts.py" line="280"/>
        <source>The draft could not be saved: {}</source>
        <translation>Ciorna nu a putut fi salvată: {}</translation>
    </message>
</context>
<context>
    <name>FormBinder</name>
    <message>
        <location filename="../gui/base/form_binder.py" line="327"/>
        <source>Row {row}</source>
        <translation>Rândul {row}</translation>
    </message>
    <message>
        <location filename="../gui/base/form_binder.py" line="329"/>
        <source>Row {row}, {column}</source>
        <translation>Rândul {row}, {column}</translation>
    </message>
</context>
<context>
    <name>FormMessages</name>
    <message>
        <location filename="../gui/base/form_messages.py" line="21"/>
        <source>This field is required.</source>
        <translation>Acest câmp este obligatoriu.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="22"/>
        <source>This box must be ticked.</source>
        <translation>Această casetă trebuie bifată.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="23"/>
        <source>Add at least one row.</source>
        <translation>Adăugați cel puțin un rând.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="24"/>
        <source>Use at most {max} characters (now {n}).</source>
        <translation>Folosiți cel mult {max} caractere (acum {n}).</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="25"/>
        <source>Use a single line.</source>
        <translation>Folosiți un singur rând.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="26"/>
        <source>Enter an e-mail address such as name@example.org.</source>
        <translation>Introduceți o adresă de e-mail, de exemplu name@example.org.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="27"/>
        <source>Enter a web address starting with http:// or https://.</source>
        <translation>Introduceți o adresă web care începe cu http:// sau https://.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="28"/>
        <source>Enter a whole number.</source>
        <translation>Introduceți un număr întreg.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="29"/>
        <source>Enter {min} or more.</source>
        <translation>Introduceți {min} sau mai mult.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="30"/>
        <source>Enter {max} or less.</source>
        <translation>Introduceți {max} sau mai puțin.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="31"/>
        <source>Choose one of the listed values.</source>
        <translation>Alegeți una dintre valorile din listă.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="32"/>
        <source>Tick or untick the box.</source>
        <translation>Bifați sau debifați caseta.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="33"/>
        <source>Enter a date (YYYY-MM-DD).</source>
        <translation>Introduceți o dată (AAAA-LL-ZZ).</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="34"/>
        <source>Enter {min} or later.</source>
        <translation>Introduceți {min} sau o dată ulterioară.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="35"/>
        <source>Enter {max} or earlier.</source>
        <translation>Introduceți {max} sau o dată anterioară.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="36"/>
        <source>Expected a list of rows.</source>
        <translation>Se aștepta o listă de rânduri.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="37"/>
        <source>Add at least {min} rows.</source>
        <translation>Adăugați cel puțin {min} rânduri.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="38"/>
        <source>Use at most {max} rows.</source>
        <translation>Folosiți cel mult {max} rânduri.</translation>
    </message>
</context>
<context>
    <name>PluginSettings</name>
    <message>
        <location filename="../qgis_io/settings.py" line="47"/>
        <source>The server URL is empty.</source>
        <translation>URL-ul serverului este gol.</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="49"/>
        <source>The server URL must not contain spaces.</source>
        <translation>URL-ul serverului nu trebuie să conțină spații.</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="52"/>
        <source>The server URL must start with http:// or https://.</source>
        <translation>URL-ul serverului trebuie să înceapă cu http:// sau https://.</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="73"/>
        <source>The server URL is not a valid URL.</source>
        <translation>URL-ul serverului nu este un URL valid.</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="60"/>
        <source>Do not put a user name or password in the server URL; use an authentication configuration instead.</source>
        <translation>Nu puneți un nume de utilizator sau o parolă în URL-ul serverului; folosiți în schimb o configurație de autentificare.</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="67"/>
        <source>The server URL must not contain a query or a fragment.</source>
        <translation>URL-ul serverului nu trebuie să conțină o interogare sau un fragment.</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="69"/>
        <source>The server URL has no host name.</source>
        <translation>URL-ul serverului nu are nume de gazdă.</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="80"/>
        <source>The authentication configuration id is not valid.</source>
        <translation>Id-ul configurației de autentificare nu este valid.</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="89"/>
        <source>&apos;{}&apos; is not a two-letter country code (ISO 3166-1 alpha-2).</source>
        <translation>„{}” nu este un cod de țară din două litere (ISO 3166-1 alpha-2).</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="166"/>
        <source>The cache age must be a whole number of hours from {} to {}.</source>
        <translation>Vechimea cache-ului trebuie să fie un număr întreg de ore între {} și {}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="185"/>
        <source>The request timeout must be a whole number of seconds from {} to {}.</source>
        <translation>Timpul limită pentru cereri trebuie să fie un număr întreg de secunde între {} și {}.</translation>
    </message>
</context>
<context>
    <name>RefreshTask</name>
    <message>
        <location filename="../layers/refresh.py" line="91"/>
        <source>Loading QGIS Certification layers</source>
        <translation>Se încarcă straturile Certificare QGIS</translation>
    </message>
    <message>
        <location filename="../layers/refresh.py" line="147"/>
        <source>The certified organisations layer was skipped: QGIS&apos;s world map ({}) is not installed.</source>
        <translation>Stratul organizațiilor certificate a fost omis: harta lumii din QGIS ({}) nu este instalată.</translation>
    </message>
    <message>
        <location filename="../layers/refresh.py" line="278"/>
        <source>The refresh was cancelled.</source>
        <translation>Actualizarea a fost anulată.</translation>
    </message>
    <message>
        <location filename="../layers/refresh.py" line="296"/>
        <source>The certification layers are up to date.</source>
        <translation>Straturile de certificare sunt actualizate.</translation>
    </message>
    <message>
        <location filename="../layers/refresh.py" line="302"/>
        <source>Certification layers updated: {} training centres, {} upcoming courses, {} certified organisations.</source>
        <translation>Straturile de certificare au fost actualizate: {} centre de instruire, {} cursuri viitoare, {} organizații certificate.</translation>
    </message>
    <message>
        <location filename="../layers/refresh.py" line="321"/>
        <source>The refresh of the certification layers was cancelled.</source>
        <translation>Actualizarea straturilor de certificare a fost anulată.</translation>
    </message>
    <message>
        <location filename="../layers/refresh.py" line="332"/>
        <source>Could not update the certification layers. {}
{}</source>
        <translation>Straturile de certificare nu au putut fi actualizate. {}
{}</translation>
    </message>
    <message>
        <location filename="../layers/refresh.py" line="332"/>
        <source>The layers keep their cached data.</source>
        <translation>Straturile își păstrează datele din cache.</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <location filename="../gui/base/rows_table.py" line="79"/>
        <source>Add row</source>
        <translation>Adăugați un rând</translation>
    </message>
    <message>
        <location filename="../gui/base/rows_table.py" line="81"/>
        <source>Remove row</source>
        <translation>Eliminați rândul</translation>
    </message>
</context>
<context>
    <name>TaskContext</name>
    <message>
        <location filename="../qgis_io/tasks.py" line="181"/>
        <source>The operation was cancelled.</source>
        <translation>Operațiunea a fost anulată.</translation>
    </message>
</context>
<context>
    <name>Uploads</name>
    <message>
        <location filename="../qgis_io/uploads.py" line="192"/>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>Fișierul {path} nu poate fi citit: {reason}</translation>
    </message>
</context>
<context>
    <name>WorkflowDock</name>
    <message>
        <location filename="../gui/base/workflow_dock.py" line="86"/>
        <source>Open the website</source>
        <translation>Deschideți site-ul web</translation>
    </message>
    <message>
        <location filename="../gui/base/workflow_dock.py" line="187"/>
        <source>This server does not offer {feature}: it is done on the website.</source>
        <translation>Acest server nu oferă {feature}: se face pe site-ul web.</translation>
    </message>
</context>
</TS>
