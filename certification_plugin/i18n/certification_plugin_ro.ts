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
    <name>ApplicationPage</name>
    <message>
        <location filename="../gui/reviews/application_page.py" line="98"/>
        <source>Try again</source>
        <translation>Reîncearcă</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="113"/>
        <source>You declared a conflict of interest with this organisation: you are excluded from its review and its material is not shown to you.</source>
        <translation>Ați declarat un conflict de interese cu această organizație: sunteți exclus de la evaluarea ei, iar materialele ei nu vă sunt afișate.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="134"/>
        <source>Files and what QGIS found in them</source>
        <translation>Fișierele și ce a găsit QGIS în ele</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="143"/>
        <source>Download and open</source>
        <translation>Descarcă și deschide</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="146"/>
        <source>Cancel downloads</source>
        <translation>Anulează descărcările</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="179"/>
        <source>This item names no application.</source>
        <translation>Acest element nu indică nicio cerere.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="217"/>
        <source>Reading your declaration…</source>
        <translation>Se citește declarația dumneavoastră…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="230"/>
        <source>Reading the conflict declaration</source>
        <translation>Se citește declarația privind conflictul de interese</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="286"/>
        <source>The server did not record it.</source>
        <translation>Serverul nu a înregistrat declarația.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="307"/>
        <source>Sending the conflict declaration</source>
        <translation>Se trimite declarația privind conflictul de interese</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="329"/>
        <source>Reading the application…</source>
        <translation>Se citește cererea…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="351"/>
        <source>Reading the application</source>
        <translation>Se citește cererea</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="482"/>
        <source>The download of {name} was cancelled.</source>
        <translation>Descărcarea fișierului {name} a fost anulată.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="484"/>
        <source>{name} could not be downloaded: {reason}</source>
        <translation>Fișierul {name} nu a putut fi descărcat: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="489"/>
        <source>Downloading {name}…</source>
        <translation>Se descarcă {name}…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="490"/>
        <source>Downloading {name}</source>
        <translation>Se descarcă {name}</translation>
    </message>
</context>
<context>
    <name>ApplyDock</name>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="202"/>
        <source>Apply for certification</source>
        <translation>Solicită certificarea</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="225"/>
        <source>applications</source>
        <translation>cereri</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="244"/>
        <source>Connecting to the certification server…</source>
        <translation>Conectare la serverul de certificare…</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="244"/>
        <source>Sign in…</source>
        <translation>Autentificare…</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="264"/>
        <source>QGIS checks of the files</source>
        <translation>Verificările QGIS ale fișierelor</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="285"/>
        <source>Check files</source>
        <translation>Verifică fișierele</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="365"/>
        <source>Submit…</source>
        <translation>Trimite…</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="299"/>
        <source>Your answers so far, to paste into the website&apos;s form:</source>
        <translation>Răspunsurile de până acum, de lipit în formularul de pe site:</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="306"/>
        <source>Copy</source>
        <translation>Copiază</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="324"/>
        <source>Logo</source>
        <translation>Siglă</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="350"/>
        <source>All files</source>
        <translation>Toate fișierele</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="351"/>
        <source>Accepted files</source>
        <translation>Fișiere acceptate</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="365"/>
        <source>Resubmit…</source>
        <translation>Retrimite…</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="402"/>
        <source>The saved draft could not be read; it was set aside. {problem}</source>
        <translation>Ciorna salvată nu a putut fi citită; a fost pusă deoparte. {problem}</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="422"/>
        <source>Reading the certification application</source>
        <translation>Se citește cererea de certificare</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="429"/>
        <source>The server could not be reached; your draft is kept on this computer. {error}</source>
        <translation>Serverul nu a putut fi contactat; ciorna este păstrată pe acest calculator. {error}</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="450"/>
        <source>Sign in to the certification server to apply; your draft is kept.</source>
        <translation>Autentificați-vă la serverul de certificare pentru a depune cererea; ciorna este păstrată.</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="492"/>
        <source>The server&apos;s copy of the draft was newer; it is shown.</source>
        <translation>Copia ciornei de pe server era mai nouă; aceasta este afișată.</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="499"/>
        <source>Two versions of the draft</source>
        <translation>Două versiuni ale ciornei</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="500"/>
        <source>The draft on this computer and the one on the server (changed on {when}) differ. Which one do you want to keep?</source>
        <translation>Ciorna de pe acest calculator și cea de pe server (modificată pe {when}) diferă. Pe care doriți să o păstrați?</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="506"/>
        <source>The other one is replaced.</source>
        <translation>Cealaltă va fi înlocuită.</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="507"/>
        <source>Keep this computer&apos;s</source>
        <translation>Păstrează ciorna locală</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="508"/>
        <source>Use the server&apos;s</source>
        <translation>Folosește ciorna de pe server</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="524"/>
        <source>The server&apos;s draft is shown.</source>
        <translation>Este afișată ciorna de pe server.</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="630"/>
        <source>Saving the application draft on the server</source>
        <translation>Se salvează ciorna cererii pe server</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="643"/>
        <source>Draft saved on the server.</source>
        <translation>Ciorna a fost salvată pe server.</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="657"/>
        <source>Saved on this computer; the server&apos;s copy was not updated. {error}</source>
        <translation>Salvată pe acest calculator; copia de pe server nu a fost actualizată. {error}</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="681"/>
        <source>Reading the server&apos;s draft</source>
        <translation>Se citește ciorna de pe server</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="692"/>
        <source>The server did not accept the application; see the marked fields.</source>
        <translation>Serverul nu a acceptat cererea; verificați câmpurile marcate.</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="707"/>
        <source>Self-check</source>
        <translation>Autoevaluare</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="730"/>
        <source>Some answers are missing or not valid; see the marked fields.</source>
        <translation>Unele răspunsuri lipsesc sau nu sunt valide; verificați câmpurile marcate.</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="766"/>
        <source>Checking training material with QGIS</source>
        <translation>Se verifică materialele de instruire cu QGIS</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="776"/>
        <source>Submit the application</source>
        <translation>Trimite cererea</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="777"/>
        <source>Submit the application now? Its files are checked with QGIS and uploaded first. After submitting you cannot change it unless the reviewers ask for changes.</source>
        <translation>Trimiteți cererea acum? Mai întâi fișierele ei sunt verificate cu QGIS și încărcate. După trimitere nu o mai puteți modifica decât dacă evaluatorii solicită modificări.</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="786"/>
        <source>Submit</source>
        <translation>Trimite</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="804"/>
        <source>The certification managers screen the application, then the QGIS user group of your country or the QGIS PSC reviews it; expect an answer in about a month.</source>
        <translation>Responsabilii cu certificarea examinează cererea, apoi grupul de utilizatori QGIS din țara dumneavoastră sau PSC-ul QGIS o evaluează; vă puteți aștepta la un răspuns în aproximativ o lună.</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="834"/>
        <source>Uploading the material and submitting…</source>
        <translation>Se încarcă materialele și se trimite cererea…</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="835"/>
        <source>Submitting the certification application</source>
        <translation>Se trimite cererea de certificare</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="865"/>
        <source>The application was submitted.</source>
        <translation>Cererea a fost trimisă.</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="870"/>
        <source>Submitting was cancelled; your draft is kept.</source>
        <translation>Trimiterea a fost anulată; ciorna este păstrată.</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="876"/>
        <source>The application was not submitted; your draft is kept. {error}</source>
        <translation>Cererea nu a fost trimisă; ciorna este păstrată. {error}</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="887"/>
        <source>Remarks of the reviewers: {remarks}</source>
        <translation>Observațiile evaluatorilor: {remarks}</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="908"/>
        <source>A new application, starting from your previous answers.</source>
        <translation>O cerere nouă, pornind de la răspunsurile anterioare.</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="914"/>
        <source>Withdraw the application</source>
        <translation>Retrage cererea</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="914"/>
        <source>Withdraw application {id}? This cannot be undone.</source>
        <translation>Retrageți cererea {id}? Acțiunea nu poate fi anulată.</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="930"/>
        <source>Withdrawing the application</source>
        <translation>Se retrage cererea</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="935"/>
        <source>Your answers were copied; paste them into the website&apos;s form.</source>
        <translation>Răspunsurile au fost copiate; lipiți-le în formularul de pe site.</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="22"/>
        <source>Answer yes to submit.</source>
        <translation>Răspundeți „Da” pentru a putea trimite cererea.</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="23"/>
        <source>Enter one web address per line, each starting with http:// or https://.</source>
        <translation>Introduceți câte o adresă web pe linie, fiecare începând cu http:// sau https://.</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="24"/>
        <source>Enter a QGIS version such as 3.34.</source>
        <translation>Introduceți o versiune QGIS, de exemplu 3.34.</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="25"/>
        <source>Add at least one file or link for lectures or exercises.</source>
        <translation>Adăugați cel puțin un fișier sau un link pentru prelegeri sau exerciții.</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="26"/>
        <source>Add at least one course.</source>
        <translation>Adăugați cel puțin un curs.</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="27"/>
        <source>The end date is before the start date.</source>
        <translation>Data de sfârșit este înaintea datei de început.</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="33"/>
        <source>Draft</source>
        <translation>Ciornă</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="49"/>
        <source>Submitted</source>
        <translation>Trimisă</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="35"/>
        <source>Screening</source>
        <translation>Examinare preliminară</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="36"/>
        <source>Under review</source>
        <translation>În evaluare</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="52"/>
        <source>Changes requested</source>
        <translation>Modificări solicitate</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="38"/>
        <source>Resubmitted</source>
        <translation>Retrimisă</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="53"/>
        <source>Approved</source>
        <translation>Aprobată</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="54"/>
        <source>Rejected</source>
        <translation>Respinsă</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="55"/>
        <source>Withdrawn</source>
        <translation>Retrasă</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="48"/>
        <source>Created</source>
        <translation>Creată</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="50"/>
        <source>Screening started</source>
        <translation>Examinarea preliminară a început</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="51"/>
        <source>Sent for review</source>
        <translation>Trimisă spre evaluare</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="56"/>
        <source>Material added</source>
        <translation>Material adăugat</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="58"/>
        <source>Material removed</source>
        <translation>Material eliminat</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="69"/>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="70"/>
        <source>Contributions</source>
        <translation>Contribuții</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="71"/>
        <source>Message to the reviewers</source>
        <translation>Mesaj pentru evaluatori</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="106"/>
        <source>Organisation name</source>
        <translation>Numele organizației</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="107"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="108"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="109"/>
        <source>Postal address</source>
        <translation>Adresă poștală</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="110"/>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="111"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="112"/>
        <source>VAT number</source>
        <translation>Cod de TVA</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="79"/>
        <source>Contributions to QGIS</source>
        <translation>Contribuții la QGIS</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="80"/>
        <source>One row per contribution; links one per line.</source>
        <translation>Câte un rând pentru fiecare contribuție; linkurile, câte unul pe linie.</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="83"/>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="84"/>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="85"/>
        <source>Links</source>
        <translation>Linkuri</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="86"/>
        <source>Start</source>
        <translation>Început</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="87"/>
        <source>End</source>
        <translation>Sfârșit</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="88"/>
        <source>QGIS development (commits)</source>
        <translation>Dezvoltarea QGIS (commituri)</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="89"/>
        <source>Documentation and training material</source>
        <translation>Documentație și materiale de instruire</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="90"/>
        <source>Translation</source>
        <translation>Traducere</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="91"/>
        <source>Plugins</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="92"/>
        <source>Bug reports</source>
        <translation>Rapoarte de erori</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="93"/>
        <source>Funding new features</source>
        <translation>Finanțarea de funcționalități noi</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="94"/>
        <source>Financial contributions or sponsorship</source>
        <translation>Contribuții financiare sau sponsorizare</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="95"/>
        <source>The local user group</source>
        <translation>Grupul local de utilizatori</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="96"/>
        <source>Open QGIS courseware</source>
        <translation>Materiale de curs QGIS deschise</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="97"/>
        <source>QGIS books</source>
        <translation>Cărți despre QGIS</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="98"/>
        <source>All rights reserved</source>
        <translation>Toate drepturile rezervate</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="99"/>
        <source>Other</source>
        <translation>Altele</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="113"/>
        <source>Contribution</source>
        <translation>Contribuție</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="114"/>
        <source>Course</source>
        <translation>Curs</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="115"/>
        <source>Course type</source>
        <translation>Tip de curs</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="116"/>
        <source>Licence</source>
        <translation>Licență</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="117"/>
        <source>QGIS version</source>
        <translation>Versiunea QGIS</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="118"/>
        <source>Lectures</source>
        <translation>Prelegeri</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="119"/>
        <source>Exercises</source>
        <translation>Exerciții</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="120"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>AttendeesPanel</name>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="187"/>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="188"/>
        <source>Surname</source>
        <translation>Nume de familie</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="189"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="93"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="103"/>
        <source>Add…</source>
        <translation>Adaugă…</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="104"/>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="107"/>
        <source>Import CSV…</source>
        <translation>Importă CSV…</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="110"/>
        <source>From layer…</source>
        <translation>Din strat…</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="149"/>
        <source>Reading the attendees…</source>
        <translation>Se citesc participanții…</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="160"/>
        <source>Reading the attendees</source>
        <translation>Se citesc participanții</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="191"/>
        <source>Add an attendee</source>
        <translation>Adaugă un participant</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="215"/>
        <source>{name} was added.</source>
        <translation>Participantul {name} a fost adăugat.</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="223"/>
        <source>Adding an attendee</source>
        <translation>Se adaugă un participant</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="235"/>
        <source>Remove {name} from this course?</source>
        <translation>Eliminați participantul {name} de la acest curs?</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="236"/>
        <source>Remove an attendee</source>
        <translation>Elimină un participant</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="245"/>
        <source>{name} was removed.</source>
        <translation>Participantul {name} a fost eliminat.</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="251"/>
        <source>{name} was not removed: {reason}</source>
        <translation>Participantul {name} nu a fost eliminat: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="257"/>
        <source>Removing an attendee</source>
        <translation>Se elimină un participant</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="261"/>
        <source>Import attendees from a CSV file</source>
        <translation>Importă participanți dintr-un fișier CSV</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="261"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fișiere CSV (*.csv *.txt);;Toate fișierele (*)</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="290"/>
        <source>The file is larger than 2 MB; split it into smaller files.</source>
        <translation>Fișierul depășește 2 MB; împărțiți-l în fișiere mai mici.</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="298"/>
        <source>Checking the file…</source>
        <translation>Se verifică fișierul…</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="299"/>
        <source>Checking the attendees&apos; file</source>
        <translation>Se verifică fișierul cu participanți</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="319"/>
        <source>The layer has no features to import.</source>
        <translation>Stratul nu are entități de importat.</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="332"/>
        <source>Checking the rows…</source>
        <translation>Se verifică rândurile…</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="333"/>
        <source>Checking the attendees&apos; rows</source>
        <translation>Se verifică rândurile cu participanți</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="374"/>
        <source>Nothing was imported: some rows are not valid.</source>
        <translation>Nu s-a importat nimic: unele rânduri nu sunt valide.</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="389"/>
        <source>Importing the attendees…</source>
        <translation>Se importă participanții…</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="390"/>
        <source>Importing the attendees</source>
        <translation>Se importă participanții</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/attendees_panel.py" line="393"/>
        <source>%n attendee(s) imported.</source>
        <translation>
            <numerusform>%n participant importat.</numerusform>
            <numerusform>%n participanți importați.</numerusform>
            <numerusform>%n de participanți importați.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/attendees_panel.py" line="400"/>
        <source>%n invalid row(s) skipped.</source>
        <translation>
            <numerusform>%n rând nevalid omis.</numerusform>
            <numerusform>%n rânduri nevalide omise.</numerusform>
            <numerusform>%n de rânduri nevalide omise.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuyDialog</name>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="85"/>
        <source>Buy credits</source>
        <translation>Cumpără credite</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="101"/>
        <source>Credits to buy:</source>
        <translation>Credite de cumpărat:</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="103"/>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="109"/>
        <source>Payment:</source>
        <translation>Plată:</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="116"/>
        <source>Buy</source>
        <translation>Cumpără</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="146"/>
        <source>Reading the price…</source>
        <translation>Se citește prețul…</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="147"/>
        <source>Reading the credits</source>
        <translation>Se citesc creditele</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/payments/buy_dialog.py" line="192"/>
        <source>%n credit(s) = {total}</source>
        <translation>
            <numerusform>%n credit = {total}</numerusform>
            <numerusform>%n credite = {total}</numerusform>
            <numerusform>%n de credite = {total}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="201"/>
        <source>The payment page opens in your browser; the credits arrive once it is paid.</source>
        <translation>Pagina de plată se deschide în browser; creditele sosesc după ce plata este efectuată.</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="205"/>
        <source>An invoice is issued now; the credits arrive once the transfer is booked.</source>
        <translation>Se emite acum o factură; creditele sosesc după ce transferul este înregistrat.</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="246"/>
        <source>Cancelled.</source>
        <translation>Anulat.</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="248"/>
        <source>Not bought: {reason}
Buy again to retry; the same order is sent.</source>
        <translation>Nu s-a cumpărat: {reason}
Cumpără din nou pentru a reîncerca; se trimite aceeași comandă.</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="255"/>
        <source>Ordering…</source>
        <translation>Se plasează comanda…</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="256"/>
        <source>Ordering credits</source>
        <translation>Se comandă credite</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="337"/>
        <source>Checking the payment</source>
        <translation>Se verifică plata</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="359"/>
        <source>The payment is not confirmed yet; Refresh shows the balance later.</source>
        <translation>Plata nu este încă confirmată; Reîmprospătează arată soldul mai târziu.</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="372"/>
        <source>Waiting for the payment…</source>
        <translation>Se așteaptă plata…</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="377"/>
        <source>Invoice {number} issued; the credits arrive once the transfer is booked.</source>
        <translation>Factura {number} a fost emisă; creditele sosesc după ce transferul este înregistrat.</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="400"/>
        <source>Reading the invoice</source>
        <translation>Se citește factura</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/payments/buy_dialog.py" line="415"/>
        <source>Paid: %n credit(s) added.</source>
        <translation>
            <numerusform>Plătit: %n credit adăugat.</numerusform>
            <numerusform>Plătit: %n credite adăugate.</numerusform>
            <numerusform>Plătit: %n de credite adăugate.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="424"/>
        <source>failed</source>
        <translation>a eșuat</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="424"/>
        <source>expired</source>
        <translation>a expirat</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="424"/>
        <source>cancelled</source>
        <translation>a fost anulată</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="426"/>
        <source>The payment {state}. {reason}</source>
        <translation>Plata {state}. {reason}</translation>
    </message>
</context>
<context>
    <name>CentreForm</name>
    <message>
        <location filename="../gui/training/centre_form.py" line="27"/>
        <source>Pick on the map</source>
        <translation>Alege pe hartă</translation>
    </message>
    <message>
        <location filename="../gui/training/centre_form.py" line="29"/>
        <source>Click the centre&apos;s place on the map</source>
        <translation>Faceți clic pe hartă în locul unde se află centrul</translation>
    </message>
    <message>
        <location filename="../gui/training/centre_form.py" line="31"/>
        <source>Online (no location)</source>
        <translation>Online (fără locație)</translation>
    </message>
</context>
<context>
    <name>CertificateVerify</name>
    <message>
        <location filename="../qgis_io/certificate_verify.py" line="118"/>
        <source>Verifying certificate {}</source>
        <translation>Se verifică certificatul {}</translation>
    </message>
    <message>
        <location filename="../qgis_io/certificate_verify.py" line="128"/>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../qgis_io/certificate_verify.py" line="130"/>
        <source>revoked</source>
        <translation>revocat</translation>
    </message>
    <message>
        <location filename="../qgis_io/certificate_verify.py" line="131"/>
        <source>not found</source>
        <translation>negăsit</translation>
    </message>
    <message>
        <location filename="../qgis_io/certificate_verify.py" line="137"/>
        <source>Certificate {}: no certificate with this number has been issued.</source>
        <translation>Certificatul {}: nu a fost emis niciun certificat cu acest număr.</translation>
    </message>
    <message>
        <location filename="../qgis_io/certificate_verify.py" line="147"/>
        <source>(the organisation is not certified today)</source>
        <translation>(organizația nu este certificată în prezent)</translation>
    </message>
    <message>
        <location filename="../qgis_io/certificate_verify.py" line="154"/>
        <source>{} is not a certificate number; they look like QGIS-1234.</source>
        <translation>{} nu este un număr de certificat; numerele de certificat arată ca QGIS-1234.</translation>
    </message>
    <message>
        <location filename="../qgis_io/certificate_verify.py" line="163"/>
        <source>Could not verify certificate {}.</source>
        <translation>Certificatul {} nu a putut fi verificat.</translation>
    </message>
    <message>
        <location filename="../qgis_io/certificate_verify.py" line="143"/>
        <source>Certificate {id}: {who} — {status}</source>
        <translation>Certificatul {id}: {who} — {status}</translation>
    </message>
</context>
<context>
    <name>CertificatesPanel</name>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="100"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="100"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="100"/>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="100"/>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="100"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="100"/>
        <source>PDF ready</source>
        <translation>PDF gata</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="100"/>
        <source>Sent</source>
        <translation>Trimis</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="113"/>
        <source>Issue…</source>
        <translation>Emite…</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="114"/>
        <source>Download PDFs…</source>
        <translation>Descarcă PDF-urile…</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="323"/>
        <source>Send to attendees</source>
        <translation>Trimite participanților</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="120"/>
        <source>Correct name…</source>
        <translation>Corectează numele…</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="123"/>
        <source>Revoke…</source>
        <translation>Revocă…</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="175"/>
        <source>Reading the certificates</source>
        <translation>Se citesc certificatele</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="182"/>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="182"/>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="221"/>
        <source>Reading the attendees</source>
        <translation>Se citesc participanții</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="246"/>
        <source>Folder for the certificates&apos; PDFs</source>
        <translation>Folderul pentru PDF-urile certificatelor</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="284"/>
        <source>The PDFs could not be downloaded: {reason}</source>
        <translation>PDF-urile nu au putut fi descărcate: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="290"/>
        <source>Downloading the PDFs…</source>
        <translation>Se descarcă PDF-urile…</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="291"/>
        <source>Downloading the certificates&apos; PDFs</source>
        <translation>Se descarcă PDF-urile certificatelor</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/certificates_panel.py" line="296"/>
        <source>%n PDF(s) saved in {folder}.</source>
        <translation>
            <numerusform>%n fișier PDF salvat în {folder}.</numerusform>
            <numerusform>%n fișiere PDF salvate în {folder}.</numerusform>
            <numerusform>%n de fișiere PDF salvate în {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="305"/>
        <source>Files with unexpected names were not saved: {names}</source>
        <translation>Fișierele cu nume neașteptate nu au fost salvate: {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/certificates_panel.py" line="325"/>
        <source>Already sent: %n certificate(s). Send them again too?</source>
        <translation>
            <numerusform>%n certificat a fost deja trimis. Îl trimiteți și pe acesta din nou?</numerusform>
            <numerusform>%n certificate au fost deja trimise. Le trimiteți și pe acestea din nou?</numerusform>
            <numerusform>%n de certificate au fost deja trimise. Le trimiteți și pe acestea din nou?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="338"/>
        <source>Every certificate was sent already.</source>
        <translation>Toate certificatele au fost deja trimise.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/certificates_panel.py" line="340"/>
        <source>Send %n certificate(s) by e-mail to their attendees?</source>
        <translation>
            <numerusform>Trimiteți %n certificat prin e-mail participantului?</numerusform>
            <numerusform>Trimiteți %n certificate prin e-mail participanților?</numerusform>
            <numerusform>Trimiteți %n de certificate prin e-mail participanților?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/certificates_panel.py" line="360"/>
        <source>%n e-mail(s) queued.</source>
        <translation>
            <numerusform>%n e-mail pus în coada de trimitere.</numerusform>
            <numerusform>%n e-mailuri puse în coada de trimitere.</numerusform>
            <numerusform>%n de e-mailuri puse în coada de trimitere.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="370"/>
        <source>Sending the certificates</source>
        <translation>Se trimit certificatele</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="375"/>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="376"/>
        <source>Surname</source>
        <translation>Nume de familie</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="377"/>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="388"/>
        <source>Correct the name on {id}</source>
        <translation>Corectează numele de pe certificatul {id}</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="388"/>
        <source>The PDF is made again under the same id; the old name is kept in its history.</source>
        <translation>PDF-ul este generat din nou cu același ID; numele vechi rămâne în istoricul certificatului.</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="408"/>
        <source>{id} was corrected.</source>
        <translation>Certificatul {id} a fost corectat.</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="414"/>
        <source>{id} was not corrected: {reason}</source>
        <translation>Certificatul {id} nu a fost corectat: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="420"/>
        <source>Correcting a certificate</source>
        <translation>Se corectează un certificat</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="431"/>
        <source>Revoke {id}</source>
        <translation>Revocă certificatul {id}</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="431"/>
        <source>A revoked certificate verifies as revoked. Why is it revoked?</source>
        <translation>La verificare, un certificat revocat apare ca revocat. De ce este revocat?</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="441"/>
        <source>Say why the certificate is revoked.</source>
        <translation>Spuneți de ce este revocat certificatul.</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="449"/>
        <source>{id} was revoked.</source>
        <translation>Certificatul {id} a fost revocat.</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="455"/>
        <source>{id} was not revoked: {reason}</source>
        <translation>Certificatul {id} nu a fost revocat: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="461"/>
        <source>Revoking a certificate</source>
        <translation>Se revocă un certificat</translation>
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
    <message>
        <location filename="../qgis_io/auth.py" line="98"/>
        <source>The QGIS authentication system is not available.</source>
        <translation>Sistemul de autentificare QGIS nu este disponibil.</translation>
    </message>
    <message>
        <location filename="../qgis_io/auth.py" line="100"/>
        <source>Set or enter the QGIS master password: it protects the token QGIS keeps.</source>
        <translation>Setați sau introduceți parola principală QGIS: ea protejează tokenul păstrat de QGIS.</translation>
    </message>
    <message>
        <location filename="../qgis_io/auth.py" line="119"/>
        <source>QGIS could not store the authentication configuration.</source>
        <translation>QGIS nu a putut salva configurația de autentificare.</translation>
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
        <location filename="../gui/locator_filter.py" line="109"/>
        <source>QGIS Certification courses, centres and organisations</source>
        <translation>Cursuri, centre și organizații din Certificarea QGIS</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="198"/>
        <source>Upcoming courses</source>
        <translation>Cursuri viitoare</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="230"/>
        <source>Training centres</source>
        <translation>Centre de instruire</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="276"/>
        <source>Certified organisations</source>
        <translation>Organizații certificate</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="312"/>
        <source>{} is online: it has no place on the map.</source>
        <translation>{} este un curs online: nu are o locație pe hartă.</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="332"/>
        <source>{} has no page on the certification website.</source>
        <translation>{} nu are o pagină pe site-ul de certificare.</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="114"/>
        <source>Find upcoming QGIS courses, training centres and certified organisations</source>
        <translation>Găsește cursuri QGIS viitoare, centre de instruire și organizații certificate</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="148"/>
        <source>Verify certificate {}</source>
        <translation>Verifică certificatul {}</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="152"/>
        <source>Look the number up on {}</source>
        <translation>Caută numărul pe {}</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="156"/>
        <source>Look the number up on the certification server</source>
        <translation>Caută numărul pe serverul de certificare</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="159"/>
        <source>Certificates</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="357"/>
        <source>Verifying certificate {}</source>
        <translation>Se verifică certificatul {}</translation>
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
        <location filename="../gui/options_page.py" line="116"/>
        <source>Layers and cache</source>
        <translation>Straturi și cache</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="122"/>
        <source>Countries</source>
        <translation>Țări</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="130"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="131"/>
        <source>Never update automatically</source>
        <translation>Nu actualiza niciodată automat</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="132"/>
        <source>When a project with the certification layers opens and their data is older than this, it is updated in the background.</source>
        <translation>Când se deschide un proiect cu straturile de certificare, iar datele lor sunt mai vechi de atât, acestea sunt actualizate în fundal.</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="138"/>
        <source>Update layers older than</source>
        <translation>Actualizează straturile mai vechi de</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="140"/>
        <source>Clear cache</source>
        <translation>Golește cache-ul</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="265"/>
        <source>Setting not saved: {}</source>
        <translation>Setarea nu a fost salvată: {}</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="289"/>
        <source>Connecting to {}…</source>
        <translation>Conectare la {}…</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="290"/>
        <source>Testing the connection to the certification server</source>
        <translation>Se testează conexiunea la serverul de certificare</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="309"/>
        <source>Connection failed: {}</source>
        <translation>Conexiunea a eșuat: {}</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="314"/>
        <source>Clearing the cache…</source>
        <translation>Se golește cache-ul…</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="321"/>
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
        <location filename="../gui/options_page.py" line="330"/>
        <source>QGIS Certification</source>
        <translation>Certificare QGIS</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="119"/>
        <source>Show only these countries on the layers; none checked shows them all.</source>
        <translation>Arată pe straturi doar aceste țări; dacă nu e bifată niciuna, se arată toate.</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="123"/>
        <source>Add a light country background when the layers go into an empty project</source>
        <translation>Adaugă un fundal discret cu țări când straturile sunt încărcate într-un proiect gol</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="102"/>
        <source>Sign in with the browser…</source>
        <translation>Autentificare prin browser…</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="104"/>
        <source>Sign out</source>
        <translation>Deconectare</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="210"/>
        <source>Sign in on the web page of the server and approve QGIS there.</source>
        <translation>Autentificați-vă pe pagina web a serverului și aprobați QGIS acolo.</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="210"/>
        <source>Save the new server URL first (OK), then sign in.</source>
        <translation>Salvați mai întâi noul URL al serverului (OK), apoi autentificați-vă.</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="234"/>
        <source>Signed in as {}.</source>
        <translation>Autentificat ca {}.</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="242"/>
        <source>Signing out…</source>
        <translation>Deconectare…</translation>
    </message>
</context>
<context>
    <name>CertificationPlugin</name>
    <message>
        <location filename="../plugin.py" line="111"/>
        <source>QGIS Certification</source>
        <translation>Certificare QGIS</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="114"/>
        <source>Load certification layers</source>
        <translation>Încarcă straturile de certificare</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="114"/>
        <source>Add certified organisations, training centres and upcoming courses to the map, or update them</source>
        <translation>Adaugă pe hartă organizațiile certificate, centrele de instruire și cursurile viitoare sau le actualizează</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="123"/>
        <source>Find a course</source>
        <translation>Găsește un curs</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="123"/>
        <source>Search upcoming QGIS courses near you</source>
        <translation>Caută cursuri QGIS viitoare în apropierea dumneavoastră</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="164"/>
        <source>Settings…</source>
        <translation>Setări…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="164"/>
        <source>Server, authentication and cache settings</source>
        <translation>Setări pentru server, autentificare și cache</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="356"/>
        <source>The certification layers are already being updated.</source>
        <translation>Straturile de certificare sunt deja în curs de actualizare.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="397"/>
        <source>The certification cache was cleared.</source>
        <translation>Cache-ul de certificare a fost golit.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="402"/>
        <source>The certification cache could not be cleared: {}</source>
        <translation>Cache-ul de certificare nu a putut fi golit: {}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="410"/>
        <source>Clearing the QGIS Certification cache</source>
        <translation>Se golește cache-ul Certificării QGIS</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="447"/>
        <source>The certification layers are older than the set maximum age; updating.</source>
        <translation>Straturile de certificare sunt mai vechi decât vârsta maximă setată; se actualizează.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="171"/>
        <source>About QGIS Certification…</source>
        <translation>Despre Certificare QGIS…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="171"/>
        <source>Versions, server, help links and where the plugin&apos;s logs are</source>
        <translation>Versiuni, server, linkuri de ajutor și unde se află jurnalele modulului</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="132"/>
        <source>Apply for certification</source>
        <translation>Solicită certificarea</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="132"/>
        <source>Apply to the QGIS certification programme with your contributions and training material</source>
        <translation>Depune o cerere la Programul de certificare QGIS, cu contribuțiile și materialele de instruire</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="143"/>
        <source>Review applications</source>
        <translation>Evaluarea cererilor</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="143"/>
        <source>Applications waiting for your review, your group&apos;s opinion or the PSC&apos;s decision</source>
        <translation>Cereri care așteaptă evaluarea dumneavoastră, opinia grupului dumneavoastră sau decizia PSC</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="153"/>
        <source>Courses and certificates…</source>
        <translation>Cursuri și certificate…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="153"/>
        <source>Your organisation&apos;s courses, training centres, attendees and certificates; verify a certificate</source>
        <translation>Cursurile, centrele de instruire, participanții și certificatele organizației dumneavoastră; verificarea unui certificat</translation>
    </message>
</context>
<context>
    <name>CertificationProcessing</name>
    <message>
        <location filename="../processing/provider.py" line="22"/>
        <source>QGIS Certification</source>
        <translation>Certificare QGIS</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="104"/>
        <source>Certification server</source>
        <translation>Server de certificare</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="113"/>
        <source>Authentication configuration</source>
        <translation>Configurație de autentificare</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="211"/>
        <source>Reading from {}</source>
        <translation>Se citește de la {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="217"/>
        <source>Countries: {}</source>
        <translation>Țări: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="225"/>
        <source>Read {}</source>
        <translation>S-a citit {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="251"/>
        <source>Features written: {}</source>
        <translation>Entități scrise: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="274"/>
        <source>The download was cancelled.</source>
        <translation>Descărcarea a fost anulată.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="278"/>
        <source>Could not download the data from {}.</source>
        <translation>Datele nu au putut fi descărcate de la {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="321"/>
        <source>Fetch training centres</source>
        <translation>Descarcă centrele de instruire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="324"/>
        <source>Training centres</source>
        <translation>Centre de instruire</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="226"/>
        <source>certification</source>
        <translation>certificare</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="373"/>
        <source>training</source>
        <translation>instruire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="330"/>
        <source>centre</source>
        <translation>centru</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="365"/>
        <source>Fetch upcoming courses</source>
        <translation>Descarcă cursurile viitoare</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="368"/>
        <source>Upcoming courses</source>
        <translation>Cursuri viitoare</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="226"/>
        <source>course</source>
        <translation>curs</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="410"/>
        <source>Fetch certified organisations</source>
        <translation>Descarcă organizațiile certificate</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="415"/>
        <source>Certified organisations</source>
        <translation>Organizații certificate</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="420"/>
        <source>organisation</source>
        <translation>organizație</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="184"/>
        <source>Countries (ISO 3166-1 alpha-2 codes, comma-separated; empty for all)</source>
        <translation>Țări (coduri ISO 3166-1 alpha-2, separate prin virgulă; gol pentru toate)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="149"/>
        <source>The authentication configuration {} does not exist in this QGIS profile.</source>
        <translation>Configurația de autentificare {} nu există în acest profil QGIS.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="296"/>
        <source>&lt;p&gt;&lt;b&gt;Certification server&lt;/b&gt;: the address of certification.qgis.org or of another certification server (the default comes from the plugin settings). Servers with the certification API v1 are read through it; others through their public feeds.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Authentication configuration&lt;/b&gt;: optional; an entry of the QGIS authentication database, for servers that need it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Countries&lt;/b&gt;: optional two-letter ISO 3166-1 codes separated by commas, for example &lt;i&gt;RO, SE&lt;/i&gt;. A country filter keeps what belongs to organisations of those countries. Anything that is not a two-letter code is refused.&lt;/p&gt;&lt;p&gt;Text is copied as the server sent it; web addresses that are not http(s) and e-mail values that are not plain addresses are left empty. A server that cannot be reached or answers with an error stops the algorithm with a message saying why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Server de certificare&lt;/b&gt;: adresa certification.qgis.org sau a altui server de certificare (valoarea implicită vine din setările pluginului). Serverele cu API-ul de certificare v1 sunt citite prin acesta; celelalte prin fluxurile lor publice.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Configurație de autentificare&lt;/b&gt;: opțională; o intrare din baza de date de autentificare QGIS, pentru serverele care o cer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Țări&lt;/b&gt;: coduri ISO 3166-1 opționale din două litere, separate prin virgulă, de exemplu &lt;i&gt;RO, SE&lt;/i&gt;. Un filtru de țară păstrează ce aparține organizațiilor din acele țări. Orice nu este un cod din două litere este refuzat.&lt;/p&gt;&lt;p&gt;Textul este copiat așa cum l-a trimis serverul; adresele web care nu sunt http(s) și valorile de e-mail care nu sunt adrese simple rămân goale. Un server care nu poate fi contactat sau care răspunde cu o eroare oprește algoritmul cu un mesaj care spune de ce.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="335"/>
        <source>&lt;p&gt;Downloads the training centres of the organisations certified to teach QGIS as points in EPSG:4326. Online centres, and centres whose location is not published, are kept with an empty geometry.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Descarcă centrele de instruire ale organizațiilor certificate să predea QGIS, ca puncte în EPSG:4326. Centrele online și centrele a căror locație nu este publicată sunt păstrate cu o geometrie goală.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="379"/>
        <source>&lt;p&gt;Downloads the courses of certified organisations that start today or later, as points in EPSG:4326 at the location of their training centre. Online courses are kept with an empty geometry.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Descarcă cursurile organizațiilor certificate care încep astăzi sau mai târziu, ca puncte în EPSG:4326 în locația centrului lor de instruire. Cursurile online sunt păstrate cu o geometrie goală.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="425"/>
        <source>&lt;p&gt;Downloads the organisations certified to teach QGIS (approved and not archived) as a table without geometry: organisations have a country but no location of their own. Join the &lt;i&gt;country_code&lt;/i&gt; column to a country layer to map them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Descarcă organizațiile certificate să predea QGIS (aprobate și nearhivate) ca tabel fără geometrie: organizațiile au o țară, dar nu au o locație proprie. Uniți coloana &lt;i&gt;country_code&lt;/i&gt; cu un strat de țări pentru a le afișa pe hartă.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="127"/>
        <source>Verify certificate</source>
        <translation>Verifică un certificat</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="226"/>
        <source>certificate</source>
        <translation>certificat</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="130"/>
        <source>verify</source>
        <translation>verificare</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="133"/>
        <source>&lt;p&gt;Verifies a certificate issued to a course attendee, by its number (for example &lt;i&gt;QGIS-1234&lt;/i&gt;; spacing and case do not matter).&lt;/p&gt;&lt;p&gt;A server with the certification API v1 is asked in JSON and also says whether a certificate was revoked; other servers, such as certification.qgis.org, are read through their public verification page.&lt;/p&gt;&lt;p&gt;Outputs: &lt;b&gt;FOUND&lt;/b&gt; (true or false), &lt;b&gt;STATUS&lt;/b&gt; (&lt;i&gt;valid&lt;/i&gt;, &lt;i&gt;revoked&lt;/i&gt; or &lt;i&gt;not_found&lt;/i&gt;), the attendee&apos;s name, the certifying organisation, the course type, its start and end dates (YYYY-MM-DD) and the language. A server that cannot be reached stops the algorithm with a message saying why; an unknown number is a result, not an error.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Verifică un certificat emis unui participant la un curs, după numărul său (de exemplu &lt;i&gt;QGIS-1234&lt;/i&gt;; spațiile și majusculele nu contează).&lt;/p&gt;&lt;p&gt;Un server cu API-ul de certificare v1 este interogat în JSON și indică și dacă un certificat a fost revocat; celelalte servere, precum certification.qgis.org, sunt citite prin pagina lor publică de verificare.&lt;/p&gt;&lt;p&gt;Rezultate: &lt;b&gt;FOUND&lt;/b&gt; (true sau false), &lt;b&gt;STATUS&lt;/b&gt; (&lt;i&gt;valid&lt;/i&gt;, &lt;i&gt;revoked&lt;/i&gt; sau &lt;i&gt;not_found&lt;/i&gt;), numele participantului, organizația de certificare, tipul de curs, datele de început și de sfârșit ale cursului (AAAA-LL-ZZ) și limba. Un server care nu poate fi contactat oprește algoritmul cu un mesaj care spune de ce; un număr necunoscut este un rezultat, nu o eroare.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="148"/>
        <source>Certificate number</source>
        <translation>Numărul certificatului</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="149"/>
        <source>Found</source>
        <translation>Găsit</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="150"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="161"/>
        <source>{} is not a certificate number; they look like QGIS-1234.</source>
        <translation>{} nu este un număr de certificat; numerele de certificat arată ca QGIS-1234.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="178"/>
        <source>Verifying {} on {}</source>
        <translation>Se verifică {} pe {}</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="183"/>
        <source>The verification was cancelled.</source>
        <translation>Verificarea a fost anulată.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="185"/>
        <source>Could not verify {} on {}.</source>
        <translation>{} nu a putut fi verificat pe {}.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="199"/>
        <source>No certificate with the number {} has been issued.</source>
        <translation>Nu a fost emis niciun certificat cu numărul {}.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="202"/>
        <source>{id}: {name}, {organisation} ({status})</source>
        <translation>{id}: {name}, {organisation} ({status})</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="223"/>
        <source>Issue certificates from a table</source>
        <translation>Emite certificate dintr-un tabel</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="226"/>
        <source>attendees</source>
        <translation>participanți</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="229"/>
        <source>&lt;p&gt;Adds the attendees listed in a table or layer to a course, issues a certificate to each one who has none yet, and downloads the PDFs into a folder (&lt;i&gt;QGIS-1234.pdf&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Course&lt;/b&gt;: the course's id on the certification server (see the Courses and certificates dock). &lt;b&gt;First name, surname, e-mail fields&lt;/b&gt;: empty ones are guessed from the field names (English, Romanian, Swedish or Chinese). &lt;b&gt;Certificate type&lt;/b&gt;: &lt;i&gt;attendance&lt;/i&gt; or &lt;i&gt;completion&lt;/i&gt;; empty for the course's default. &lt;b&gt;Language&lt;/b&gt;: &lt;i&gt;en&lt;/i&gt;, &lt;i&gt;ro&lt;/i&gt;, &lt;i&gt;sv&lt;/i&gt; or &lt;i&gt;zh_TW&lt;/i&gt;; empty for the course's language.&lt;/p&gt;&lt;p&gt;Each certificate costs one credit (€20.00) of the organisation: when the balance does not cover them all, nothing is added or issued and the algorithm says how many credits are missing. Rows with a missing or invalid value stop the algorithm before anything is sent. Running it again for the same table issues nothing twice and downloads the PDFs again.&lt;/p&gt;&lt;p&gt;Needs a server with the certification API v1 and an authentication configuration of an owner or convener of the course's organisation; certification.qgis.org issues certificates on its website.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Adaugă la un curs participanții dintr-un tabel sau strat, emite un certificat fiecăruia care nu are încă unul și descarcă PDF-urile într-un folder (&lt;i&gt;QGIS-1234.pdf&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Curs&lt;/b&gt;: id-ul cursului pe serverul de certificare (vedeți panoul Cursuri și certificate). &lt;b&gt;Câmpurile pentru prenume, nume de familie și e-mail&lt;/b&gt;: cele lăsate goale sunt deduse din numele câmpurilor (în engleză, română, suedeză sau chineză). &lt;b&gt;Tipul certificatului&lt;/b&gt;: &lt;i&gt;attendance&lt;/i&gt; (de participare) sau &lt;i&gt;completion&lt;/i&gt; (de absolvire); gol pentru tipul implicit al cursului. &lt;b&gt;Limba&lt;/b&gt;: &lt;i&gt;en&lt;/i&gt;, &lt;i&gt;ro&lt;/i&gt;, &lt;i&gt;sv&lt;/i&gt; sau &lt;i&gt;zh_TW&lt;/i&gt;; gol pentru limba cursului.&lt;/p&gt;&lt;p&gt;Fiecare certificat costă organizația un credit (€20.00): dacă soldul nu le acoperă pe toate, nu se adaugă și nu se emite nimic, iar algoritmul spune câte credite lipsesc. Rândurile cu o valoare lipsă sau nevalidă opresc algoritmul înainte de a se trimite ceva. Dacă îl rulați din nou pentru același tabel, nu se emite nimic de două ori, iar PDF-urile sunt descărcate din nou.&lt;/p&gt;&lt;p&gt;Necesită un server cu API-ul de certificare v1 și o configurație de autentificare a unui proprietar sau coordonator de curs al organizației cursului; certification.qgis.org emite certificatele pe site-ul său web.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="252"/>
        <source>Course id</source>
        <translation>Id-ul cursului</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="257"/>
        <source>Attendees (table or layer)</source>
        <translation>Participanți (tabel sau strat)</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="262"/>
        <source>First name field</source>
        <translation>Câmpul pentru prenume</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="262"/>
        <source>Surname field</source>
        <translation>Câmpul pentru nume de familie</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="262"/>
        <source>E-mail field</source>
        <translation>Câmpul pentru e-mail</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="272"/>
        <source>Certificate type (attendance or completion; empty: the course&apos;s)</source>
        <translation>Tipul certificatului (attendance sau completion; gol: cel al cursului)</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="280"/>
        <source>Certificate language (en, ro, sv or zh_TW; empty: the course&apos;s)</source>
        <translation>Limba certificatului (en, ro, sv sau zh_TW; gol: cea a cursului)</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="288"/>
        <source>Folder for the PDFs</source>
        <translation>Folderul pentru PDF-uri</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="291"/>
        <source>Certificate numbers</source>
        <translation>Numerele certificatelor</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="292"/>
        <source>Certificates issued now</source>
        <translation>Certificate emise acum</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="293"/>
        <source>PDF files</source>
        <translation>Fișiere PDF</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="303"/>
        <source>The certificate type must be attendance or completion, not {}.</source>
        <translation>Tipul certificatului trebuie să fie attendance sau completion, nu {}.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="312"/>
        <source>The language must be one of en, ro, sv, zh_TW, not {}.</source>
        <translation>Limba trebuie să fie una dintre en, ro, sv, zh_TW, nu {}.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="335"/>
        <source>first name</source>
        <translation>prenumele</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="336"/>
        <source>surname</source>
        <translation>numele de familie</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="337"/>
        <source>e-mail</source>
        <translation>adresa de e-mail</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="341"/>
        <source>No field of the table looks like the attendees&apos; {}: choose it (fields: {}).</source>
        <translation>Niciun câmp al tabelului nu pare să conțină {} participanților: alegeți câmpul (câmpuri: {}).</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="348"/>
        <source>The table has no field {}.</source>
        <translation>Tabelul nu are câmpul {}.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="362"/>
        <source>Choose the course by its id (1 or more).</source>
        <translation>Alegeți cursul după id-ul său (1 sau mai mare).</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="371"/>
        <source>Fields: first name {}, surname {}, e-mail {}</source>
        <translation>Câmpuri: prenume {}, nume de familie {}, e-mail {}</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="380"/>
        <source>The table has no attendee.</source>
        <translation>Tabelul nu conține niciun participant.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="393"/>
        <source>The algorithm was cancelled.</source>
        <translation>Algoritmul a fost anulat.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="397"/>
        <source>The certificates could not be issued on {}.</source>
        <translation>Certificatele nu au putut fi emise pe {}.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="405"/>
        <source>Not enough credits: {needed} needed, {available} available ({missing} missing). Nothing was added or issued.</source>
        <translation>Credite insuficiente: necesare {needed}, disponibile {available} (lipsesc {missing}). Nu s-a adăugat și nu s-a emis nimic.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="420"/>
        <source>Row {}: {}</source>
        <translation>Rândul {}: {}</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="422"/>
        <source>… and {} more rows.</source>
        <translation>… alte rânduri: {}.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="423"/>
        <source>Some attendees cannot be imported; nothing was sent:</source>
        <translation>Unii participanți nu pot fi importați; nu s-a trimis nimic:</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="441"/>
        <source>{} does not issue certificates through the certification API v1; on certification.qgis.org certificates are issued on the website.</source>
        <translation>{} nu emite certificate prin API-ul de certificare v1; pe certification.qgis.org, certificatele se emit pe site-ul web.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="449"/>
        <source>Course {}: {}</source>
        <translation>Cursul {}: {}</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="461"/>
        <source>{} certificates to issue, {} credits available.</source>
        <translation>Certificate de emis: {}; credite disponibile: {}.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="474"/>
        <source>Line {}: {}</source>
        <translation>Linia {}: {}</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="480"/>
        <source>The server refused the attendees; nothing was imported:</source>
        <translation>Serverul a refuzat participanții; nu s-a importat nimic:</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="485"/>
        <source>Attendees imported: {}</source>
        <translation>Participanți importați: {}</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="504"/>
        <source>Issued: {} (credits spent: {}, balance: {})</source>
        <translation>Emise: {} (credite cheltuite: {}, sold: {})</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="515"/>
        <source>Every attendee of the table already has a certificate.</source>
        <translation>Toți participanții din tabel au deja un certificat.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="575"/>
        <source>The PDF of {} is not ready yet; download it later.</source>
        <translation>PDF-ul certificatului {} nu este încă gata; descărcați-l mai târziu.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="590"/>
        <source>PDF files written: {}</source>
        <translation>Fișiere PDF scrise: {}</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="60"/>
        <source>Attendee name</source>
        <translation>Numele participantului</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="60"/>
        <source>Certifying organisation</source>
        <translation>Organizație de certificare</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="60"/>
        <source>Course type</source>
        <translation>Tip de curs</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="60"/>
        <source>Start date (YYYY-MM-DD)</source>
        <translation>Data de început (AAAA-LL-ZZ)</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="60"/>
        <source>End date (YYYY-MM-DD)</source>
        <translation>Data de sfârșit (AAAA-LL-ZZ)</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="60"/>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
</context>
<context>
    <name>CheckResults</name>
    <message>
        <location filename="../gui/applications/check_results.py" line="54"/>
        <source>Shapefile</source>
        <translation>Shapefile</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="55"/>
        <source>Zip archive</source>
        <translation>Arhivă zip</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="56"/>
        <source>QGIS project</source>
        <translation>Proiect QGIS</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="181"/>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="75"/>
        <source>Document: not checked by QGIS</source>
        <translation>Document: neverificat de QGIS</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="79"/>
        <source>{kind}: QGIS cannot open it</source>
        <translation>{kind}: QGIS nu poate deschide fișierul</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="86"/>
        <source>{kind}: no layers QGIS can open</source>
        <translation>{kind}: niciun strat pe care QGIS să-l poată deschide</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/applications/check_results.py" line="88"/>
        <source>{kind}: %n of {total} layers invalid</source>
        <translation>
            <numerusform>{kind}: %n strat nevalid din {total}</numerusform>
            <numerusform>{kind}: %n straturi nevalide din {total}</numerusform>
            <numerusform>{kind}: %n de straturi nevalide din {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/applications/check_results.py" line="97"/>
        <source>{kind}: {width} x {height} pixels, %n band(s), valid</source>
        <translation>
            <numerusform>{kind}: {width} x {height} pixeli, %n bandă, valid</numerusform>
            <numerusform>{kind}: {width} x {height} pixeli, %n benzi, valid</numerusform>
            <numerusform>{kind}: {width} x {height} pixeli, %n de benzi, valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/applications/check_results.py" line="105"/>
        <source>{kind}: 1 layer, %n feature(s), valid</source>
        <translation>
            <numerusform>{kind}: 1 strat, %n entitate, valid</numerusform>
            <numerusform>{kind}: 1 strat, %n entități, valid</numerusform>
            <numerusform>{kind}: 1 strat, %n de entități, valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/applications/check_results.py" line="109"/>
        <source>{kind}: %n layer(s), all valid</source>
        <translation>
            <numerusform>{kind}: %n strat, valid</numerusform>
            <numerusform>{kind}: %n straturi, toate valide</numerusform>
            <numerusform>{kind}: %n de straturi, toate valide</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="116"/>
        <source>QGIS project saved with QGIS {version}</source>
        <translation>Proiect QGIS salvat cu QGIS {version}</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="118"/>
        <source>QGIS project saved with an unknown QGIS version</source>
        <translation>Proiect QGIS salvat cu o versiune QGIS necunoscută</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="122"/>
        <source>no layers</source>
        <translation>niciun strat</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/applications/check_results.py" line="124"/>
        <source>%n of {total} layers missing</source>
        <translation>
            <numerusform>lipsește %n strat din {total}</numerusform>
            <numerusform>lipsesc %n straturi din {total}</numerusform>
            <numerusform>lipsesc %n de straturi din {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/applications/check_results.py" line="129"/>
        <source>%n of {total} layers invalid</source>
        <translation>
            <numerusform>%n strat nevalid din {total}</numerusform>
            <numerusform>%n straturi nevalide din {total}</numerusform>
            <numerusform>%n de straturi nevalide din {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/applications/check_results.py" line="134"/>
        <source>%n layer(s), all found</source>
        <translation>
            <numerusform>%n strat, găsit</numerusform>
            <numerusform>%n straturi, toate găsite</numerusform>
            <numerusform>%n de straturi, toate găsite</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="136"/>
        <source>{saved}; {detail}</source>
        <translation>{saved}; {detail}</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="152"/>
        <source>{name}: missing</source>
        <translation>{name}: lipsește</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="154"/>
        <source>{name}: not checked</source>
        <translation>{name}: neverificat</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="156"/>
        <source>{name}: invalid</source>
        <translation>{name}: nevalid</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/applications/check_results.py" line="162"/>
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n entitate</numerusform>
            <numerusform>%n entități</numerusform>
            <numerusform>%n de entități</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="181"/>
        <source>What QGIS found</source>
        <translation>Ce a găsit QGIS</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/applications/check_results.py" line="222"/>
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n strat</numerusform>
            <numerusform>%n straturi</numerusform>
            <numerusform>%n de straturi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictForm</name>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="40"/>
        <source>A commercial competitor</source>
        <translation>Un concurent comercial</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="41"/>
        <source>A colleague (now or recently)</source>
        <translation>Un coleg (acum sau recent)</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="42"/>
        <source>Family or a close friend</source>
        <translation>Familie sau un prieten apropiat</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="43"/>
        <source>Another reason</source>
        <translation>Alt motiv</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="54"/>
        <source>Conflict of interest</source>
        <translation>Conflict de interese</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="59"/>
        <source>Before you see the application, declare whether you have a conflict of interest with this organisation: a commercial competitor, a colleague, family. With a conflict you are excluded from this review.</source>
        <translation>Înainte de a vedea cererea, declarați dacă aveți un conflict de interese cu această organizație: un concurent comercial, un coleg, familie. Dacă aveți un conflict de interese, sunteți exclus de la această evaluare.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="67"/>
        <source>I have no conflict of interest</source>
        <translation>Nu am niciun conflict de interese</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="69"/>
        <source>I have a conflict of interest</source>
        <translation>Am un conflict de interese</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="85"/>
        <source>Why, in a sentence or two</source>
        <translation>De ce, în una sau două propoziții</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="93"/>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="95"/>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="100"/>
        <source>Send the declaration</source>
        <translation>Trimite declarația</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="121"/>
        <source>Choose…</source>
        <translation>Alegeți…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="153"/>
        <source>Sending…</source>
        <translation>Se trimite…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="199"/>
        <source>Choose the kind of conflict.</source>
        <translation>Alegeți tipul conflictului.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="201"/>
        <source>Say why, in a sentence or two.</source>
        <translation>Spuneți de ce, în una sau două propoziții.</translation>
    </message>
</context>
<context>
    <name>ConvenerForm</name>
    <message>
        <location filename="../gui/training/convener_form.py" line="30"/>
        <source>Images</source>
        <translation>Imagini</translation>
    </message>
    <message>
        <location filename="../gui/training/convener_form.py" line="36"/>
        <source>A signature is on file; choose an image to replace it.</source>
        <translation>Există deja o semnătură salvată; alegeți o imagine pentru a o înlocui.</translation>
    </message>
</context>
<context>
    <name>CourseEditor</name>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Course title</source>
        <translation>Titlul cursului</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Course type</source>
        <translation>Tip de curs</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Introduction to QGIS</source>
        <translation>Introducere în QGIS</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Licence</source>
        <translation>Licență</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>QGIS version</source>
        <translation>Versiunea QGIS</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Lectures (files)</source>
        <translation>Prelegeri (fișiere)</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Lectures (links, one per line)</source>
        <translation>Prelegeri (linkuri, câte unul pe linie)</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Exercises (files)</source>
        <translation>Exerciții (fișiere)</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Exercises (links, one per line)</source>
        <translation>Exerciții (linkuri, câte unul pe linie)</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Data (files)</source>
        <translation>Date (fișiere)</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Data (links, one per line)</source>
        <translation>Date (linkuri, câte unul pe linie)</translation>
    </message>
</context>
<context>
    <name>CourseFinder</name>
    <message>
        <location filename="../gui/course_finder_model.py" line="113"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="140"/>
        <source>Dates</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="139"/>
        <source>Course type</source>
        <translation>Tip de curs</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="141"/>
        <source>Training centre</source>
        <translation>Centru de instruire</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="143"/>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="144"/>
        <source>Trainer</source>
        <translation>Formator</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="145"/>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="146"/>
        <source>Competence</source>
        <translation>Competență</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="89"/>
        <source>(unnamed course)</source>
        <translation>(curs fără nume)</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="80"/>
        <source>{} km</source>
        <translation>{} km</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="142"/>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="149"/>
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
    <name>CoursesEditor</name>
    <message>
        <location filename="../gui/applications/courses.py" line="109"/>
        <source>Training material</source>
        <translation>Materiale de instruire</translation>
    </message>
    <message>
        <location filename="../gui/applications/courses.py" line="118"/>
        <source>Add each course you teach with its material: lectures, exercises and data, as files or links.</source>
        <translation>Adăugați fiecare curs pe care îl predați, cu materialele sale: prelegeri, exerciții și date, ca fișiere sau linkuri.</translation>
    </message>
    <message>
        <location filename="../gui/applications/courses.py" line="134"/>
        <source>Add course</source>
        <translation>Adăugați un curs</translation>
    </message>
    <message>
        <location filename="../gui/applications/courses.py" line="137"/>
        <source>Remove course</source>
        <translation>Eliminați cursul</translation>
    </message>
    <message>
        <location filename="../gui/applications/courses.py" line="244"/>
        <source>Untitled course</source>
        <translation>Curs fără titlu</translation>
    </message>
</context>
<context>
    <name>CreditsPanel</name>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="94"/>
        <source>Buy credits…</source>
        <translation>Cumpără credite…</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="101"/>
        <source>Ledger</source>
        <translation>Registru</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="104"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="104"/>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="104"/>
        <source>Credits</source>
        <translation>Credite</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="104"/>
        <source>Balance after</source>
        <translation>Sold după</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="104"/>
        <source>For</source>
        <translation>Pentru</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="109"/>
        <source>Invoices</source>
        <translation>Facturi</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="112"/>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="112"/>
        <source>Issued on</source>
        <translation>Emisă la</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="112"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="112"/>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="118"/>
        <source>Show…</source>
        <translation>Arată…</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="121"/>
        <source>Save PDF…</source>
        <translation>Salvează PDF…</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="177"/>
        <source>Balance: {balance} credits</source>
        <translation>Sold: {balance} credite</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="206"/>
        <source>Reading the credits</source>
        <translation>Se citesc creditele</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="219"/>
        <source>Balance: {balance} credits · limit: {limit} · available: {available}</source>
        <translation>Sold: {balance} credite · limită de credit: {limit} · disponibile: {available}</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/payments/credits_panel.py" line="229"/>
        <source>{price} per credit; a certificate takes %n credit(s).</source>
        <translation>
            <numerusform>{price} per credit; un certificat costă %n credit.</numerusform>
            <numerusform>{price} per credit; un certificat costă %n credite.</numerusform>
            <numerusform>{price} per credit; un certificat costă %n de credite.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="326"/>
        <source>Saved: {path}</source>
        <translation>Salvat: {path}</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="332"/>
        <source>The PDF was not saved: {reason}</source>
        <translation>PDF-ul nu a fost salvat: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="336"/>
        <source>Saving the PDF…</source>
        <translation>Se salvează PDF-ul…</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="70"/>
        <source>Import attendees</source>
        <translation>Importă participanți</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="84"/>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="84"/>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="84"/>
        <source>Surname</source>
        <translation>Nume de familie</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="84"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="84"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="84"/>
        <source>Errors</source>
        <translation>Erori</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="119"/>
        <source>Import</source>
        <translation>Importă</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="131"/>
        <source>comma</source>
        <translation>virgulă</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="131"/>
        <source>semicolon</source>
        <translation>punct și virgulă</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="131"/>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="134"/>
        <source>named columns</source>
        <translation>coloane cu nume</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="135"/>
        <source>no header: First Name, Surname, Email</source>
        <translation>fără antet: Prenume, Nume de familie, E-mail</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="137"/>
        <source>Encoding: {encoding} · Separator: {separator} · Header: {mode}</source>
        <translation>Codificare: {encoding} · Separator: {separator} · Antet: {mode}</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="156"/>
        <source>New</source>
        <translation>Nou</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="157"/>
        <source>Known attendee</source>
        <translation>Participant existent</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="158"/>
        <source>Already on the course</source>
        <translation>Deja înscris la curs</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="159"/>
        <source>Invalid</source>
        <translation>Nevalid</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="196"/>
        <source>There is no valid row to import.</source>
        <translation>Nu există niciun rând valid de importat.</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="198"/>
        <source>Correct the file, or tick the box to skip the invalid rows.</source>
        <translation>Corectați fișierul sau bifați caseta pentru a omite rândurile nevalide.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/csv_import_dialog.py" line="101"/>
        <source>Skip the %n invalid row(s)</source>
        <translation>
            <numerusform>Omite %n rând nevalid</numerusform>
            <numerusform>Omite cele %n rânduri nevalide</numerusform>
            <numerusform>Omite cele %n de rânduri nevalide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/csv_import_dialog.py" line="144"/>
        <source>%n valid row(s)</source>
        <translation>
            <numerusform>%n rând valid</numerusform>
            <numerusform>%n rânduri valide</numerusform>
            <numerusform>%n de rânduri valide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/csv_import_dialog.py" line="148"/>
        <source>%n invalid row(s)</source>
        <translation>
            <numerusform>%n rând nevalid</numerusform>
            <numerusform>%n rânduri nevalide</numerusform>
            <numerusform>%n de rânduri nevalide</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <location filename="../qgis_io/downloads.py" line="253"/>
        <source>The file {path} cannot be written: {reason}</source>
        <translation>Fișierul {path} nu poate fi scris: {reason}</translation>
    </message>
    <message>
        <location filename="../qgis_io/downloads.py" line="398"/>
        <source>The file cannot be written: {reason}</source>
        <translation>Fișierul nu poate fi scris: {reason}</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <location filename="../qgis_io/drafts.py" line="142"/>
        <source>The draft could not be saved to {path}: {reason}</source>
        <translation>Ciorna nu a putut fi salvată în {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../qgis_io/drafts.py" line="416"/>
        <source>The draft could not be saved: {}</source>
        <translation>Ciorna nu a putut fi salvată: {}</translation>
    </message>
</context>
<context>
    <name>EntityTab</name>
    <message>
        <location filename="../gui/training/entity_tab.py" line="85"/>
        <source>Add…</source>
        <translation>Adaugă…</translation>
    </message>
    <message>
        <location filename="../gui/training/entity_tab.py" line="86"/>
        <source>Edit…</source>
        <translation>Editează…</translation>
    </message>
    <message>
        <location filename="../gui/training/entity_tab.py" line="87"/>
        <source>Delete…</source>
        <translation>Șterge…</translation>
    </message>
    <message>
        <location filename="../gui/training/entity_tab.py" line="96"/>
        <source>Open the website</source>
        <translation>Deschideți site-ul web</translation>
    </message>
    <message>
        <location filename="../gui/training/entity_tab.py" line="99"/>
        <source>Sign in…</source>
        <translation>Autentificare…</translation>
    </message>
</context>
<context>
    <name>FieldMappingDialog</name>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="86"/>
        <source>Attendees from a layer</source>
        <translation>Participanți dintr-un strat</translation>
    </message>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="92"/>
        <source>Layer</source>
        <translation>Strat</translation>
    </message>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="112"/>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="112"/>
        <source>Surname</source>
        <translation>Nume de familie</translation>
    </message>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="112"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="106"/>
        <source>Selected features only</source>
        <translation>Doar entitățile selectate</translation>
    </message>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="123"/>
        <source>Preview the import</source>
        <translation>Previzualizează importul</translation>
    </message>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="189"/>
        <source>Choose a layer or table with the attendees.</source>
        <translation>Alegeți un strat sau un tabel cu participanții.</translation>
    </message>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="191"/>
        <source>Choose the field of each of the three columns.</source>
        <translation>Alegeți câmpul pentru fiecare dintre cele trei coloane.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/field_mapping_dialog.py" line="199"/>
        <source>%n feature(s) to import</source>
        <translation>
            <numerusform>%n entitate de importat</numerusform>
            <numerusform>%n entități de importat</numerusform>
            <numerusform>%n de entități de importat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="206"/>
        <source>At most {n} rows are imported at once.</source>
        <translation>Se importă cel mult {n} de rânduri odată.</translation>
    </message>
</context>
<context>
    <name>FormBinder</name>
    <message>
        <location filename="../gui/base/form_binder.py" line="330"/>
        <source>Row {row}</source>
        <translation>Rândul {row}</translation>
    </message>
    <message>
        <location filename="../gui/base/form_binder.py" line="332"/>
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
    <name>InvoiceDialog</name>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="63"/>
        <source>The server did not send a PDF.</source>
        <translation>Serverul nu a trimis un PDF.</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="68"/>
        <source>Saving the invoice&apos;s PDF</source>
        <translation>Se salvează PDF-ul facturii</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="72"/>
        <source>Save the invoice as PDF</source>
        <translation>Salvează factura ca PDF</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="72"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fișiere PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="95"/>
        <source>Invoice {number}</source>
        <translation>Factura {number}</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="108"/>
        <source>Invoice</source>
        <translation>Factură</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="109"/>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="110"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="116"/>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="117"/>
        <source>Issued on</source>
        <translation>Emisă la</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="119"/>
        <source>Paid on</source>
        <translation>Plătită la</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="121"/>
        <source>Due on</source>
        <translation>Scadență</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="126"/>
        <source>Beneficiary</source>
        <translation>Beneficiar</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="127"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="128"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="130"/>
        <source>Reference</source>
        <translation>Referință</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="131"/>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="150"/>
        <source>Pay by bank transfer with this reference, or scan the QR code with your banking app. The credits arrive once the transfer is booked.</source>
        <translation>Plătește prin transfer bancar cu această referință sau scanează codul QR cu aplicația bancară. Creditele sosesc după ce transferul este înregistrat.</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="160"/>
        <source>Save PDF…</source>
        <translation>Salvează PDF…</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="181"/>
        <source>Copy</source>
        <translation>Copiază</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="194"/>
        <source>Copied: {text}</source>
        <translation>Copiat: {text}</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="218"/>
        <source>The QR code could not be read.</source>
        <translation>Codul QR nu a putut fi citit.</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="212"/>
        <source>Reading the QR code…</source>
        <translation>Se citește codul QR…</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="213"/>
        <source>Reading the QR code</source>
        <translation>Se citește codul QR</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="244"/>
        <source>Saved: {path}</source>
        <translation>Salvat: {path}</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="250"/>
        <source>The PDF was not saved: {reason}</source>
        <translation>PDF-ul nu a fost salvat: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="254"/>
        <source>Saving the PDF…</source>
        <translation>Se salvează PDF-ul…</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="108"/>
        <source>Issue certificates</source>
        <translation>Emite certificate</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="126"/>
        <source>Defaults for all:</source>
        <translation>Valori implicite pentru toate rândurile:</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="131"/>
        <source>Apply to every row</source>
        <translation>Aplică tuturor rândurilor</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="140"/>
        <source>Attendee</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="140"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="140"/>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="140"/>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="148"/>
        <source>Every attendee of this course holds a certificate.</source>
        <translation>Toți participanții la acest curs au deja un certificat.</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="160"/>
        <source>Issue</source>
        <translation>Emite</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="259"/>
        <source>{certificates} = {credits} = {price} · balance after: {after}</source>
        <translation>{certificates} = {credits} = {price} · sold după emitere: {after}</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/issue_dialog.py" line="276"/>
        <source>%n more credit(s) needed</source>
        <translation>
            <numerusform>Mai este necesar %n credit</numerusform>
            <numerusform>Mai sunt necesare %n credite</numerusform>
            <numerusform>Mai sunt necesare %n de credite</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="285"/>
        <source>Tick the attendees to certify.</source>
        <translation>Bifați participanții care primesc certificat.</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="391"/>
        <source>Issuing the certificates…</source>
        <translation>Se emit certificatele…</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/issue_dialog.py" line="392"/>
        <source>Issuing %n certificate(s)</source>
        <translation>
            <numerusform>Se emite %n certificat</numerusform>
            <numerusform>Se emit %n certificate</numerusform>
            <numerusform>Se emit %n de certificate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/issue_dialog.py" line="405"/>
        <source>%n certificate(s) issued.</source>
        <translation>
            <numerusform>%n certificat emis.</numerusform>
            <numerusform>%n certificate emise.</numerusform>
            <numerusform>%n de certificate emise.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="411"/>
        <source>Credits left: {n}</source>
        <translation>Credite rămase: {n}</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="420"/>
        <source>Cancelled; nothing was issued.</source>
        <translation>Anulat; nu s-a emis nimic.</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="438"/>
        <source>Not issued: {reason}</source>
        <translation>Certificatele nu au fost emise: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="431"/>
        <source>The answer did not arrive: {reason}
Issue again to retry; the server recognises the same batch and charges it once.</source>
        <translation>Răspunsul nu a sosit: {reason}
Emiteți din nou pentru a reîncerca; serverul recunoaște același lot și îl taxează o singură dată.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/issue_dialog.py" line="249"/>
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificat</numerusform>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n de certificate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/issue_dialog.py" line="255"/>
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n credit</numerusform>
            <numerusform>%n credite</numerusform>
            <numerusform>%n de credite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/issue_dialog.py" line="292"/>
        <source>Buy %n credit(s)…</source>
        <translation>
            <numerusform>Cumpără %n credit…</numerusform>
            <numerusform>Cumpără %n credite…</numerusform>
            <numerusform>Cumpără %n de credite…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="352"/>
        <source>Reading the credit balance</source>
        <translation>Se citește soldul de credite</translation>
    </message>
</context>
<context>
    <name>MaterialChecks</name>
    <message>
        <location filename="../qgis_io/check_report.py" line="65"/>
        <source>The check was cancelled.</source>
        <translation>Verificarea a fost anulată.</translation>
    </message>
    <message>
        <location filename="../qgis_io/check_report.py" line="112"/>
        <source>{n} more layers are not listed.</source>
        <translation>Alte straturi nelistate: {n}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="96"/>
        <source>The check of this file failed; see the log.</source>
        <translation>Verificarea acestui fișier a eșuat; consultați jurnalul.</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="106"/>
        <source>The file is not there any more.</source>
        <translation>Fișierul nu mai există.</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="109"/>
        <source>The file is too large to be checked.</source>
        <translation>Fișierul este prea mare pentru a fi verificat.</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="139"/>
        <source>The file cannot be read: {reason}</source>
        <translation>Fișierul nu poate fi citit: {reason}</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="137"/>
        <source>The file&apos;s content does not match its extension.</source>
        <translation>Conținutul fișierului nu corespunde extensiei sale.</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="155"/>
        <source>QGIS cannot open {file} as data.</source>
        <translation>QGIS nu poate deschide {file} ca date.</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="149"/>
        <source>The check took too long; {n} layers were not checked.</source>
        <translation>Verificarea a durat prea mult; straturi neverificate: {n}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="184"/>
        <source>Layer “{name}” does not open in QGIS.</source>
        <translation>Stratul „{name}” nu se deschide în QGIS.</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="191"/>
        <source>Layer “{name}” has no coordinate reference system.</source>
        <translation>Stratul „{name}” nu are un sistem de coordonate de referință.</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="197"/>
        <source>Layer “{name}” has no features.</source>
        <translation>Stratul „{name}” nu are entități.</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="212"/>
        <source>The shapefile {file} lacks its {missing} file.</source>
        <translation>Shapefile-ului {file} îi lipsește fișierul {missing}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="231"/>
        <source>The zip archive is damaged or incomplete.</source>
        <translation>Arhiva zip este deteriorată sau incompletă.</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="236"/>
        <source>The archive holds paths outside its folder, such as {name}.</source>
        <translation>Arhiva conține căi din afara folderului său, de exemplu {name}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="244"/>
        <source>Only the first {n} data files in the archive were opened.</source>
        <translation>Din arhivă au fost deschise doar primele fișiere de date (cel mult {n}).</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="317"/>
        <source>Checking training material with QGIS</source>
        <translation>Se verifică materialele de instruire cu QGIS</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="130"/>
        <source>The file is not a QGIS project that QGIS can read.</source>
        <translation>Fișierul nu este un proiect QGIS pe care QGIS să-l poată citi.</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="133"/>
        <source>The .qgz archive is damaged or incomplete.</source>
        <translation>Arhiva .qgz este deteriorată sau incompletă.</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="136"/>
        <source>The .qgz archive holds no .qgs project file.</source>
        <translation>Arhiva .qgz nu conține niciun fișier de proiect .qgs.</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="180"/>
        <source>The project does not say which QGIS version saved it.</source>
        <translation>Proiectul nu indică versiunea QGIS cu care a fost salvat.</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="187"/>
        <source>The project was saved with QGIS {saved}, newer than this QGIS ({running}); it may not open fully in older versions.</source>
        <translation>Proiectul a fost salvat cu QGIS {saved}, mai nou decât acest QGIS ({running}); este posibil să nu se deschidă complet în versiunile mai vechi.</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="227"/>
        <source>Layer “{name}” is not a local file ({provider}); not checked.</source>
        <translation>Stratul „{name}” nu este un fișier local ({provider}); nu a fost verificat.</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="238"/>
        <source>Layer “{name}” uses an absolute path; it will not be found on another computer. Save the project with relative paths.</source>
        <translation>Stratul „{name}” folosește o cale absolută; nu va fi găsit pe alt calculator. Salvați proiectul cu căi relative.</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="250"/>
        <source>Layer “{name}”: its file {file} is missing.</source>
        <translation>Stratul „{name}”: fișierul său {file} lipsește.</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="265"/>
        <source>Layer “{name}”: its file is there but QGIS cannot open it.</source>
        <translation>Stratul „{name}”: fișierul există, dar QGIS nu îl poate deschide.</translation>
    </message>
</context>
<context>
    <name>OpenMaterial</name>
    <message>
        <location filename="../qgis_io/open_material.py" line="136"/>
        <source>Review: {organisation}</source>
        <translation>Evaluare: {organisation}</translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="186"/>
        <source>Opening the project {name} replaces the project open now ({current}). Open it?</source>
        <translation>Deschiderea proiectului {name} înlocuiește proiectul deschis acum ({current}). Îl deschideți?</translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="189"/>
        <source>Opening the project {name} replaces the project open now. Open it?</source>
        <translation>Deschiderea proiectului {name} înlocuiește proiectul deschis acum. Îl deschideți?</translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="249"/>
        <source>QGIS cannot open {name} as data.</source>
        <translation>QGIS nu poate deschide {name} ca date.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qgis_io/open_material.py" line="251"/>
        <source>{name}: %n layer(s) added to the group “{group}”.</source>
        <translation>
            <numerusform>{name}: %n strat adăugat în grupul „{group}”.</numerusform>
            <numerusform>{name}: %n straturi adăugate în grupul „{group}”.</numerusform>
            <numerusform>{name}: %n de straturi adăugate în grupul „{group}”.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="259"/>
        <source>Open a QGIS project</source>
        <translation>Deschide un proiect QGIS</translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="260"/>
        <source>The project {name} was not opened.</source>
        <translation>Proiectul {name} nu a fost deschis.</translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="263"/>
        <source>QGIS could not open the project {name}.</source>
        <translation>QGIS nu a putut deschide proiectul {name}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="266"/>
        <source>The project {name} is open.</source>
        <translation>Proiectul {name} este deschis.</translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="269"/>
        <source>No application opens {name}; it is saved in {folder}.</source>
        <translation>Nicio aplicație nu deschide {name}; fișierul este salvat în {folder}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="275"/>
        <source>{name} opened in its viewer.</source>
        <translation>{name} a fost deschis în aplicația asociată.</translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="276"/>
        <source>QGIS does not open files like {name}; it is saved in {folder}.</source>
        <translation>QGIS nu deschide fișiere de tipul {name}; fișierul este salvat în {folder}.</translation>
    </message>
</context>
<context>
    <name>OpinionForm</name>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="55"/>
        <source>Recommendation</source>
        <translation>Recomandare</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="56"/>
        <source>Reason (required when it differs from the proposal)</source>
        <translation>Motiv (obligatoriu dacă diferă de propunere)</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="59"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="60"/>
        <source>Approve</source>
        <translation>Aprobare</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="61"/>
        <source>Changes requested</source>
        <translation>Modificări solicitate</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="62"/>
        <source>Reject</source>
        <translation>Respingere</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="77"/>
        <source>Proposed: {recommendation}</source>
        <translation>Propunere: {recommendation}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="77"/>
        <source>not yet (too few reviews)</source>
        <translation>încă nu (prea puține evaluări)</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="82"/>
        <source>Median total {total}; {threshold} needed.</source>
        <translation>Total median {total}; necesar: {threshold}.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="93"/>
        <source>Minimums not met: {criteria}</source>
        <translation>Minime neatinse: {criteria}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="95"/>
        <source>Every minimum is met.</source>
        <translation>Toate minimele sunt atinse.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="96"/>
        <source>Reviews submitted: {submitted} of {needed} needed.</source>
        <translation>Evaluări trimise: {submitted} din {needed} necesare.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="107"/>
        <source>Recorded: {recommendation} by {by}, {at}.</source>
        <translation>Înregistrată: {recommendation}, de către {by}, la {at}.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="113"/>
        <source>The proposal was overridden: {reason}</source>
        <translation>Propunerea a fost înlocuită: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="151"/>
        <source>Record the opinion</source>
        <translation>Înregistrează opinia</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="157"/>
        <source>Invite a reviewer to the group</source>
        <translation>Invită un evaluator în grup</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="162"/>
        <source>Send the invitation</source>
        <translation>Trimite invitația</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="190"/>
        <source>Reading the opinion…</source>
        <translation>Se citește opinia…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="210"/>
        <source>Reading the opinion</source>
        <translation>Se citește opinia</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="230"/>
        <source>No group gives an opinion on it.</source>
        <translation>Niciun grup nu dă o opinie asupra acestei cereri.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="272"/>
        <source>The opinion can be recorded once enough reviews are submitted.</source>
        <translation>Opinia poate fi înregistrată după ce sunt trimise suficiente evaluări.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="287"/>
        <source>Say why the opinion differs from the proposal.</source>
        <translation>Spuneți de ce opinia diferă de propunere.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="313"/>
        <source>Recording the opinion</source>
        <translation>Se înregistrează opinia</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="321"/>
        <source>The group&apos;s opinion was recorded.</source>
        <translation>Opinia grupului a fost înregistrată.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="327"/>
        <source>The server did not accept it; see the marked fields.</source>
        <translation>Serverul nu a acceptat-o; verificați câmpurile marcate.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="350"/>
        <source>An invitation was sent to {email}; it is valid until {expires}.</source>
        <translation>A fost trimisă o invitație la {email}; este valabilă până la {expires}.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="362"/>
        <source>Sending the invitation</source>
        <translation>Se trimite invitația</translation>
    </message>
</context>
<context>
    <name>PaymentsTexts</name>
    <message>
        <location filename="../gui/payments/texts.py" line="18"/>
        <source>Top-up</source>
        <translation>Reîncărcare</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="19"/>
        <source>Grant</source>
        <translation>Alocare</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="20"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="21"/>
        <source>Refund</source>
        <translation>Rambursare</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="22"/>
        <source>Reversal</source>
        <translation>Stornare</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="23"/>
        <source>Adjustment</source>
        <translation>Ajustare</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="29"/>
        <source>Card (online payment)</source>
        <translation>Card (plată online)</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="30"/>
        <source>Invoice (bank transfer)</source>
        <translation>Factură (transfer bancar)</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="36"/>
        <source>Receipt</source>
        <translation>Chitanță</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="37"/>
        <source>Bank transfer</source>
        <translation>Transfer bancar</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="38"/>
        <source>Usage</source>
        <translation>Utilizare</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="45"/>
        <source>Open</source>
        <translation>Deschisă</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="46"/>
        <source>Created</source>
        <translation>Creată</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="47"/>
        <source>Pending</source>
        <translation>În așteptare</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="49"/>
        <source>Paid</source>
        <translation>Plătită</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="50"/>
        <source>Failed</source>
        <translation>Eșuată</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="51"/>
        <source>Expired</source>
        <translation>Expirată</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="52"/>
        <source>Cancelled</source>
        <translation>Anulată</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="53"/>
        <source>Refunded</source>
        <translation>Rambursată</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="54"/>
        <source>Void</source>
        <translation>Nulă</translation>
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
    <name>PscPanel</name>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="56"/>
        <source>Remarks</source>
        <translation>Observații</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="57"/>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="58"/>
        <source>Rationale</source>
        <translation>Motivare</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="59"/>
        <source>Approve</source>
        <translation>Aprobare</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="60"/>
        <source>Reject</source>
        <translation>Respingere</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="61"/>
        <source>Request changes</source>
        <translation>Solicitare de modificări</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="99"/>
        <source>Routed to {groups}</source>
        <translation>Trimisă la {groups}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="99"/>
        <source>Routed to the PSC</source>
        <translation>Trimisă la PSC</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="108"/>
        <source>Routed {routed}; due {due}.</source>
        <translation>Trimisă la {routed}; termen: {due}.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="114"/>
        <source>Escalated {when}.</source>
        <translation>Transmisă la PSC la {when}.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="125"/>
        <source>Appeal submitted {when}.</source>
        <translation>Contestație depusă la {when}.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="126"/>
        <source>Criteria to re-examine: {criteria}</source>
        <translation>Criterii de reexaminat: {criteria}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="127"/>
        <source>New evidence:</source>
        <translation>Dovezi noi:</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="133"/>
        <source>Outcome: {outcome}</source>
        <translation>Rezultat: {outcome}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="169"/>
        <source>Screening</source>
        <translation>Examinare preliminară</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="178"/>
        <source>Accept for review</source>
        <translation>Acceptă pentru evaluare</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="178"/>
        <source>Send back for changes</source>
        <translation>Trimite înapoi pentru modificări</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="178"/>
        <source>Reject as ineligible</source>
        <translation>Respinge ca neeligibilă</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="191"/>
        <source>Reviews side by side</source>
        <translation>Evaluările comparate</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="200"/>
        <source>The groups&apos; opinions</source>
        <translation>Opiniile grupurilor</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="207"/>
        <source>Appeal</source>
        <translation>Contestație</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="214"/>
        <source>Decision</source>
        <translation>Decizie</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="219"/>
        <source>Record the decision</source>
        <translation>Înregistrează decizia</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="266"/>
        <source>Reading the application's review…</source>
        <translation>Se citește evaluarea cererii…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="300"/>
        <source>Reading the review</source>
        <translation>Se citește evaluarea</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="318"/>
        <source>State: {state}</source>
        <translation>Stare: {state}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="332"/>
        <source>Say what the applicant should know.</source>
        <translation>Spuneți ce trebuie să afle solicitantul.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="348"/>
        <source>Screening recorded.</source>
        <translation>Examinarea preliminară a fost înregistrată.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="357"/>
        <source>Screening the application</source>
        <translation>Se înregistrează examinarea preliminară a cererii</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="376"/>
        <source>No review is submitted yet.</source>
        <translation>Încă nu a fost trimisă nicio evaluare.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="378"/>
        <source>Reviews still being written: {n}</source>
        <translation>Evaluări încă în lucru: {n}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="399"/>
        <source>No opinion yet.</source>
        <translation>Încă nicio opinie.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="417"/>
        <source>Decided: {outcome} by {by}, {at}.</source>
        <translation>Decizie: {outcome}, de către {by}, la {at}.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="423"/>
        <source>(on appeal)</source>
        <translation>(în urma contestației)</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="494"/>
        <source>Recording the decision</source>
        <translation>Se înregistrează decizia</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="504"/>
        <source>The decision was recorded.</source>
        <translation>Decizia a fost înregistrată.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="510"/>
        <source>The server did not accept it; see the marked fields.</source>
        <translation>Serverul nu a acceptat-o; verificați câmpurile marcate.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="513"/>
        <source>Not recorded; what you typed is kept. {error}</source>
        <translation>Nu s-a înregistrat; ce ați scris este păstrat. {error}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="84"/>
        <source>No user group in the organisation&apos;s country can review it.</source>
        <translation>Niciun grup de utilizatori din țara organizației nu o poate evalua.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="85"/>
        <source>The country&apos;s user groups have too few members to review it.</source>
        <translation>Grupurile de utilizatori din țară au prea puțini membri pentru a o evalua.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="86"/>
        <source>Too few reviewers are free of a conflict of interest.</source>
        <translation>Prea puțini evaluatori sunt fără conflict de interese.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="87"/>
        <source>The review period ended without the user group&apos;s opinion.</source>
        <translation>Perioada de evaluare s-a încheiat fără opinia grupului de utilizatori.</translation>
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
    <name>ReviewApplicationView</name>
    <message>
        <location filename="../gui/reviews/application_view.py" line="45"/>
        <source>Application</source>
        <translation>Cerere</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_view.py" line="46"/>
        <source>Review</source>
        <translation>Evaluare</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_view.py" line="47"/>
        <source>Opinion</source>
        <translation>Opinie</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_view.py" line="48"/>
        <source>Decision</source>
        <translation>Decizie</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_view.py" line="111"/>
        <source>← Queue</source>
        <translation>← Listă</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_view.py" line="164"/>
        <source>Application {id}</source>
        <translation>Cererea {id}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_view.py" line="168"/>
        <source>round {n}</source>
        <translation>runda {n}</translation>
    </message>
</context>
<context>
    <name>ReviewDock</name>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="62"/>
        <source>Nothing is waiting for you to review.</source>
        <translation>Nu aveți nimic de evaluat.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reviews/review_dock.py" line="66"/>
        <source>%n application to review</source>
        <translation>
            <numerusform>%n cerere de evaluat</numerusform>
            <numerusform>%n cereri de evaluat</numerusform>
            <numerusform>%n de cereri de evaluat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reviews/review_dock.py" line="68"/>
        <source>%n applications to review</source>
        <translation>
            <numerusform>%n cerere de evaluat</numerusform>
            <numerusform>%n cereri de evaluat</numerusform>
            <numerusform>%n de cereri de evaluat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="71"/>
        <source>{count} due today</source>
        <translation>{count} cu termen astăzi</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reviews/review_dock.py" line="73"/>
        <source>{count} due in %n day</source>
        <translation>
            <numerusform>{count} cu termen peste %n zi</numerusform>
            <numerusform>{count} cu termen peste %n zile</numerusform>
            <numerusform>{count} cu termen peste %n de zile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reviews/review_dock.py" line="79"/>
        <source>{count} due in %n days</source>
        <translation>
            <numerusform>{count} cu termen peste %n zi</numerusform>
            <numerusform>{count} cu termen peste %n zile</numerusform>
            <numerusform>{count} cu termen peste %n de zile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reviews/review_dock.py" line="85"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n cu termen depășit</numerusform>
            <numerusform>%n cu termen depășit</numerusform>
            <numerusform>%n cu termen depășit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="86"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="131"/>
        <source>Review applications</source>
        <translation>Evaluarea cererilor</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="144"/>
        <source>reviews</source>
        <translation>evaluări</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="336"/>
        <source>Connecting to the certification server…</source>
        <translation>Conectare la serverul de certificare…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="154"/>
        <source>Sign in…</source>
        <translation>Autentificare…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="224"/>
        <source>Reading the review queue</source>
        <translation>Se citește lista de evaluare</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="246"/>
        <source>Your sign-in is no longer accepted; sign in again.</source>
        <translation>Autentificarea dumneavoastră nu mai este acceptată; autentificați-vă din nou.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="233"/>
        <source>The review queue could not be read. {error}</source>
        <translation>Lista de evaluare nu a putut fi citită. {error}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="237"/>
        <source>The certification server could not be reached.</source>
        <translation>Serverul de certificare nu a putut fi contactat.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="246"/>
        <source>Sign in to the certification server to see what waits for your review.</source>
        <translation>Autentificați-vă la serverul de certificare pentru a vedea ce așteaptă evaluarea dumneavoastră.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="374"/>
        <source>Not on the map (no outline for these codes): {codes}</source>
        <translation>Nu apar pe hartă (niciun contur pentru aceste coduri): {codes}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="380"/>
        <source>The map shows the applications under review per country.</source>
        <translation>Harta arată cererile în evaluare pe țări.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="382"/>
        <source>Building the map of reviews</source>
        <translation>Se construiește harta evaluărilor</translation>
    </message>
</context>
<context>
    <name>ReviewMap</name>
    <message>
        <location filename="../qgis_io/review_map.py" line="58"/>
        <source>Applications under review</source>
        <translation>Cereri în evaluare</translation>
    </message>
    <message>
        <location filename="../qgis_io/review_map.py" line="118"/>
        <source>With overdue reviews</source>
        <translation>Cu evaluări întârziate</translation>
    </message>
    <message>
        <location filename="../qgis_io/review_map.py" line="125"/>
        <source>1 application</source>
        <translation>1 cerere</translation>
    </message>
    <message>
        <location filename="../qgis_io/review_map.py" line="126"/>
        <source>2 or 3 applications</source>
        <translation>2 sau 3 cereri</translation>
    </message>
    <message>
        <location filename="../qgis_io/review_map.py" line="127"/>
        <source>4 or more applications</source>
        <translation>4 sau mai multe cereri</translation>
    </message>
    <message>
        <location filename="../qgis_io/review_map.py" line="180"/>
        <source>under review</source>
        <translation>în evaluare</translation>
    </message>
    <message>
        <location filename="../qgis_io/review_map.py" line="180"/>
        <source>overdue</source>
        <translation>cu termen depășit</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="53"/>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="53"/>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="53"/>
        <source>Round</source>
        <translation>Rundă</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="53"/>
        <source>Routed to</source>
        <translation>Trimisă la</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="53"/>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="53"/>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="53"/>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="66"/>
        <source>Screen</source>
        <translation>Examinare preliminară</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="67"/>
        <source>Declare conflicts</source>
        <translation>Declararea conflictelor</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="68"/>
        <source>Review</source>
        <translation>Evaluare</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="69"/>
        <source>Group opinion</source>
        <translation>Opinia grupului</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="70"/>
        <source>Decide</source>
        <translation>Decizie</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="71"/>
        <source>Decide the appeal</source>
        <translation>Decizie asupra contestației</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="72"/>
        <source>Nothing to do</source>
        <translation>Nimic de făcut</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="78"/>
        <source>Submitted</source>
        <translation>Trimisă</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="79"/>
        <source>Resubmitted</source>
        <translation>Retrimisă</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="80"/>
        <source>Screening</source>
        <translation>Examinare preliminară</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="81"/>
        <source>Under review</source>
        <translation>În evaluare</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="82"/>
        <source>Appealed</source>
        <translation>Contestată</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="83"/>
        <source>Changes requested</source>
        <translation>Modificări solicitate</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="84"/>
        <source>Approved</source>
        <translation>Aprobată</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="85"/>
        <source>Rejected</source>
        <translation>Respinsă</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="86"/>
        <source>Withdrawn</source>
        <translation>Retrasă</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="101"/>
        <source>overdue</source>
        <translation>cu termen depășit</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reviews/queue_page.py" line="103"/>
        <source>overdue by %n day</source>
        <translation>
            <numerusform>termen depășit cu %n zi</numerusform>
            <numerusform>termen depășit cu %n zile</numerusform>
            <numerusform>termen depășit cu %n de zile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reviews/queue_page.py" line="104"/>
        <source>overdue by %n days</source>
        <translation>
            <numerusform>termen depășit cu %n zi</numerusform>
            <numerusform>termen depășit cu %n zile</numerusform>
            <numerusform>termen depășit cu %n de zile</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="106"/>
        <source>due today</source>
        <translation>termen astăzi</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reviews/queue_page.py" line="108"/>
        <source>due in %n day</source>
        <translation>
            <numerusform>termen peste %n zi</numerusform>
            <numerusform>termen peste %n zile</numerusform>
            <numerusform>termen peste %n de zile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reviews/queue_page.py" line="109"/>
        <source>due in %n days</source>
        <translation>
            <numerusform>termen peste %n zi</numerusform>
            <numerusform>termen peste %n zile</numerusform>
            <numerusform>termen peste %n de zile</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="114"/>
        <source>PSC (escalated)</source>
        <translation>PSC (transmisă mai departe)</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="114"/>
        <source>PSC</source>
        <translation>PSC</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="116"/>
        <source>User group</source>
        <translation>Grup de utilizatori</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="210"/>
        <source>Overdue only</source>
        <translation>Doar cu termen depășit</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="215"/>
        <source>Escalated only</source>
        <translation>Doar transmise la PSC</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="217"/>
        <source>Applications sent on to the PSC</source>
        <translation>Cereri transmise mai departe la PSC</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="250"/>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="253"/>
        <source>Refresh</source>
        <translation>Reîmprospătează</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="256"/>
        <source>Show on map</source>
        <translation>Arată pe hartă</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="258"/>
        <source>A layer of the applications under review per country</source>
        <translation>Un strat cu cererile în evaluare pe țări</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="277"/>
        <source>All tasks</source>
        <translation>Toate sarcinile</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="286"/>
        <source>All countries</source>
        <translation>Toate țările</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="331"/>
        <source>Nothing is waiting for you.</source>
        <translation>Nu vă așteaptă nimic.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="333"/>
        <source>No application matches the filters.</source>
        <translation>Nicio cerere nu corespunde filtrelor.</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <location filename="../gui/base/rows_table.py" line="88"/>
        <source>Add row</source>
        <translation>Adăugați un rând</translation>
    </message>
    <message>
        <location filename="../gui/base/rows_table.py" line="90"/>
        <source>Remove row</source>
        <translation>Eliminați rândul</translation>
    </message>
</context>
<context>
    <name>RubricForm</name>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="73"/>
        <source>Choose a score.</source>
        <translation>Alegeți un punctaj.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="74"/>
        <source>Choose a score from 0 to {max}.</source>
        <translation>Alegeți un punctaj de la 0 la {max}.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="75"/>
        <source>This criterion is not in the rubric.</source>
        <translation>Acest criteriu nu face parte din grila de evaluare.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="76"/>
        <source>Explain your scores.</source>
        <translation>Explicați punctajele acordate.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="77"/>
        <source>Choose a recommendation.</source>
        <translation>Alegeți o recomandare.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="84"/>
        <source>Justification</source>
        <translation>Justificare</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="85"/>
        <source>Recommendation</source>
        <translation>Recomandare</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="86"/>
        <source>Approve</source>
        <translation>Aprobare</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="87"/>
        <source>Changes requested</source>
        <translation>Modificări solicitate</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="88"/>
        <source>Reject</source>
        <translation>Respingere</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="161"/>
        <source>Submit review</source>
        <translation>Trimite evaluarea</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="170"/>
        <source>The other reviews</source>
        <translation>Celelalte evaluări</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="188"/>
        <source>Score</source>
        <translation>Punctaj</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="188"/>
        <source>{title} (minimum {minimum})</source>
        <translation>{title} (minim {minimum})</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="188"/>
        <source>Your recommendation</source>
        <translation>Recomandarea dumneavoastră</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="224"/>
        <source>Score each criterion from 0 to {max}; a score below a criterion&apos;s minimum fails it however high the total. {pass_total} of {max_total} passes. Rubric version {version}.</source>
        <translation>Acordați fiecărui criteriu un punctaj de la 0 la {max}; un punctaj sub minimul unui criteriu înseamnă că acesta nu este îndeplinit, oricât de mare ar fi totalul. Pragul de trecere: {pass_total} din {max_total}. Versiunea grilei de evaluare: {version}.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="292"/>
        <source>Reading the review…</source>
        <translation>Se citește evaluarea…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="310"/>
        <source>Reading the review</source>
        <translation>Se citește evaluarea</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="316"/>
        <source>The review could not be read. {error}</source>
        <translation>Evaluarea nu a putut fi citită. {error}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="318"/>
        <source>Your draft is kept on this computer.</source>
        <translation>Ciorna este păstrată pe acest calculator.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="341"/>
        <source>Your draft on this computer is newer; it is being saved on the server.</source>
        <translation>Ciorna de pe acest calculator este mai nouă; se salvează pe server.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="384"/>
        <source>Below the minimum of {minimum}: this criterion fails however high the total.</source>
        <translation>Sub minimul de {minimum}: criteriul nu este îndeplinit, oricât de mare ar fi totalul.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="400"/>
        <source>Total: score every criterion ({pass_total} of {max_total} passes).</source>
        <translation>Total: acordați un punctaj fiecărui criteriu (pragul de trecere: {pass_total} din {max_total}).</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="406"/>
        <source>Total: {total} of {max_total} ({pass_total} passes).</source>
        <translation>Total: {total} din {max_total} (pragul de trecere: {pass_total}).</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="479"/>
        <source>Saving the review on the server</source>
        <translation>Se salvează evaluarea pe server</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="494"/>
        <source>Draft saved on the server.</source>
        <translation>Ciorna a fost salvată pe server.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="507"/>
        <source>Saved on this computer; the server&apos;s copy was not updated. {error}</source>
        <translation>Salvată pe acest calculator; copia de pe server nu a fost actualizată. {error}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="529"/>
        <source>The review is not complete; see the marked fields.</source>
        <translation>Evaluarea nu este completă; verificați câmpurile marcate.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="541"/>
        <source>Submitting the review…</source>
        <translation>Se trimite evaluarea…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="561"/>
        <source>Submitting the review</source>
        <translation>Se trimite evaluarea</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="574"/>
        <source>Your review was submitted.</source>
        <translation>Evaluarea dumneavoastră a fost trimisă.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="585"/>
        <source>The review was not submitted; it is kept on this computer. {error}</source>
        <translation>Evaluarea nu a fost trimisă; este păstrată pe acest calculator. {error}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="593"/>
        <source>The server did not accept the review; see the marked fields.</source>
        <translation>Serverul nu a acceptat evaluarea; verificați câmpurile marcate.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="609"/>
        <source>Submitted {when}.</source>
        <translation>Trimisă la {when}.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="616"/>
        <source>The other reviews show once they are submitted.</source>
        <translation>Celelalte evaluări apar după ce sunt trimise.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="618"/>
        <source>No other review is submitted yet.</source>
        <translation>Încă nu a fost trimisă nicio altă evaluare.</translation>
    </message>
</context>
<context>
    <name>SelfCheckPage</name>
    <message>
        <location filename="../gui/applications/self_check.py" line="51"/>
        <source>Before you fill in the application, answer these questions. Organisations that can answer yes to each of them may apply.</source>
        <translation>Înainte de a completa cererea, răspundeți la aceste întrebări. Pot depune o cerere organizațiile care pot răspunde „Da” la fiecare dintre ele.</translation>
    </message>
    <message>
        <location filename="../gui/applications/self_check.py" line="60"/>
        <source>Self-check</source>
        <translation>Autoevaluare</translation>
    </message>
    <message>
        <location filename="../gui/applications/self_check.py" line="65"/>
        <source>Continue</source>
        <translation>Continuă</translation>
    </message>
    <message>
        <location filename="../gui/applications/self_check.py" line="94"/>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../gui/applications/self_check.py" line="95"/>
        <source>No</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../gui/applications/self_check.py" line="146"/>
        <source>Loading the questions from the server…</source>
        <translation>Se încarcă întrebările de pe server…</translation>
    </message>
    <message>
        <location filename="../gui/applications/self_check.py" line="154"/>
        <source>Certification needs a yes to every question. These answers are no:</source>
        <translation>Certificarea cere „Da” la fiecare întrebare. Aceste răspunsuri sunt „Nu”:</translation>
    </message>
    <message>
        <location filename="../gui/applications/self_check.py" line="159"/>
        <source>Still to answer: {n}</source>
        <translation>Întrebări rămase: {n}</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="43"/>
        <source>Approve</source>
        <translation>Aprobare</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="44"/>
        <source>Changes requested</source>
        <translation>Modificări solicitate</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="45"/>
        <source>Request changes</source>
        <translation>Solicitare de modificări</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="46"/>
        <source>Reject</source>
        <translation>Respingere</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="61"/>
        <source>Reviewer</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="158"/>
        <source>Median</source>
        <translation>Mediană</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="163"/>
        <source>PSC</source>
        <translation>PSC</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="168"/>
        <source>Total (of {max})</source>
        <translation>Total (din {max})</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="170"/>
        <source>Recommendation</source>
        <translation>Recomandare</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="174"/>
        <source>{title} (minimum {minimum})</source>
        <translation>{title} (minim {minimum})</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="196"/>
        <source>Below the minimum of {minimum}</source>
        <translation>Sub minimul de {minimum}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="274"/>
        <source>{n} reviews; median total {total} of {max}, {pass_total} needed.</source>
        <translation>Evaluări: {n}; total median {total} din {max}, necesar: {pass_total}.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="282"/>
        <source>Minimums not met: {criteria}</source>
        <translation>Minime neatinse: {criteria}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="284"/>
        <source>The reviewers&apos; totals diverge.</source>
        <translation>Totalurile evaluatorilor diferă.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="96"/>
        <source>Sign in to the certification service</source>
        <translation>Autentificare la serviciul de certificare</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="115"/>
        <source>QGIS opens the sign-in page in your browser. Sign in there, check that the page shows this code, and approve. QGIS then signs in by itself.</source>
        <translation>QGIS deschide pagina de autentificare în browser. Autentificați-vă acolo, verificați că pagina afișează acest cod și aprobați. Apoi QGIS se autentifică singur.</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="140"/>
        <source>Open the browser</source>
        <translation>Deschide browserul</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="160"/>
        <source>Start again</source>
        <translation>Reîncepe</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="199"/>
        <source>QGIS keeps the sign-in in its authentication database, which needs its master password. Set or enter it, then start again.</source>
        <translation>QGIS păstrează autentificarea în baza sa de date de autentificare, care necesită parola principală. Setați-o sau introduceți-o, apoi reîncepeți.</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="206"/>
        <source>Asking the server for a sign-in code…</source>
        <translation>Se cere serverului un cod de autentificare…</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="216"/>
        <source>Starting the sign-in</source>
        <translation>Se pornește autentificarea</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="224"/>
        <source>Waiting for you to approve the sign-in in the browser…</source>
        <translation>Se așteaptă să aprobați autentificarea în browser…</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="239"/>
        <source>Could not open the browser. Open {url} and type the code.</source>
        <translation>Browserul nu a putut fi deschis. Deschideți {url} și introduceți codul.</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="263"/>
        <source>Waiting for the sign-in</source>
        <translation>Se așteaptă autentificarea</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="267"/>
        <source>Waiting for you to approve the sign-in in the browser… (polling slower)</source>
        <translation>Se așteaptă să aprobați autentificarea în browser… (verificare mai rară)</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="275"/>
        <source>The sign-in was denied in the browser.</source>
        <translation>Autentificarea a fost refuzată în browser.</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="277"/>
        <source>The code expired before the sign-in was approved.</source>
        <translation>Codul a expirat înainte ca autentificarea să fie aprobată.</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="294"/>
        <source>Signed in as {username}.</source>
        <translation>Autentificat ca {username}.</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="309"/>
        <source>Revoking a token QGIS could not keep</source>
        <translation>Se revocă un token pe care QGIS nu l-a putut păstra</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="317"/>
        <source>This server does not offer signing in from QGIS. Create a token on its website and keep it in a Basic authentication configuration instead.</source>
        <translation>Acest server nu permite autentificarea din QGIS. Creați un token pe site-ul său web și păstrați-l într-o configurație de autentificare Basic.</translation>
    </message>
</context>
<context>
    <name>SignOut</name>
    <message>
        <location filename="../gui/sign_out.py" line="54"/>
        <source>You are not signed in.</source>
        <translation>Nu sunteți autentificat.</translation>
    </message>
    <message>
        <location filename="../gui/sign_out.py" line="75"/>
        <source>Signed out: the token is revoked and QGIS forgot it.</source>
        <translation>Deconectat: tokenul a fost revocat, iar QGIS l-a șters.</translation>
    </message>
    <message>
        <location filename="../gui/sign_out.py" line="83"/>
        <source>Signed out. The server no longer accepted the token (it had expired or was revoked already).</source>
        <translation>Deconectat. Serverul nu mai accepta tokenul (expirase sau fusese deja revocat).</translation>
    </message>
    <message>
        <location filename="../gui/sign_out.py" line="93"/>
        <source>Signed out in QGIS, but the token could not be revoked on the server. It stays valid until it expires unless you revoke it on {url}
{error}</source>
        <translation>Deconectat în QGIS, dar tokenul nu a putut fi revocat pe server. Rămâne valid până la expirare, dacă nu îl revocați pe {url}
{error}</translation>
    </message>
    <message>
        <location filename="../gui/sign_out.py" line="105"/>
        <source>Signing out of the certification service</source>
        <translation>Se face deconectarea de la serviciul de certificare</translation>
    </message>
</context>
<context>
    <name>SnapshotView</name>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="62"/>
        <source>{n} bytes</source>
        <translation>{n} octeți</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="64"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="65"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="73"/>
        <source>No QGIS checks were sent with this file.</source>
        <translation>Pentru acest fișier nu s-au trimis verificări QGIS.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="84"/>
        <source>Lectures</source>
        <translation>Prelegeri</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="85"/>
        <source>Exercises</source>
        <translation>Exerciții</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="86"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="135"/>
        <source>Contributions ({n})</source>
        <translation>Contribuții ({n})</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="153"/>
        <source>Evidence:</source>
        <translation>Dovezi:</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="162"/>
        <source>Courses and training material ({n})</source>
        <translation>Cursuri și materiale de instruire ({n})</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="170"/>
        <source>Type: {value}</source>
        <translation>Tip: {value}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="174"/>
        <source>Licence: {value}</source>
        <translation>Licență: {value}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="176"/>
        <source>QGIS {value}</source>
        <translation>QGIS {value}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="191"/>
        <source>file</source>
        <translation>fișier</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../gui/applications/status_page.py" line="61"/>
        <source>Remarks of the reviewers</source>
        <translation>Observațiile evaluatorilor</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="70"/>
        <source>History</source>
        <translation>Istoric</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="74"/>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="74"/>
        <source>What</source>
        <translation>Ce</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="87"/>
        <source>Edit and resubmit</source>
        <translation>Editează și retrimite</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="89"/>
        <source>Withdraw…</source>
        <translation>Retrage…</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="91"/>
        <source>New application</source>
        <translation>Cerere nouă</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="93"/>
        <source>Refresh</source>
        <translation>Reîmprospătează</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="104"/>
        <source>Application {id}: {state}</source>
        <translation>Cererea {id}: {state}</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="108"/>
        <source>The certification managers screen it next.</source>
        <translation>Urmează examinarea preliminară de către responsabilii cu certificarea.</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="110"/>
        <source>The reviewers ask for changes. Read their remarks, edit the application and submit it again.</source>
        <translation>Evaluatorii solicită modificări. Citiți observațiile lor, editați cererea și trimiteți-o din nou.</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="115"/>
        <source>Your organisation is certified.</source>
        <translation>Organizația dumneavoastră este certificată.</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="117"/>
        <source>The application was withdrawn. You may start a new one.</source>
        <translation>Cererea a fost retrasă. Puteți începe una nouă.</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="119"/>
        <source>The application was not accepted. You may apply again later.</source>
        <translation>Cererea nu a fost acceptată. Puteți depune o nouă cerere mai târziu.</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="121"/>
        <source>The application is being reviewed; nothing to do for now.</source>
        <translation>Cererea este în evaluare; deocamdată nu trebuie să faceți nimic.</translation>
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
    <name>TrainingDock</name>
    <message>
        <location filename="../gui/training/kinds.py" line="47"/>
        <source>{name} (online)</source>
        <translation>{name} (online)</translation>
    </message>
    <message>
        <location filename="../gui/training/kinds.py" line="56"/>
        <source>{name} · {hours} h</source>
        <translation>{name} · {hours} h</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="102"/>
        <source>Credits: {balance} ({price} each)</source>
        <translation>Credite: {balance} ({price} per credit)</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="138"/>
        <source>Not available in this version of the plugin.</source>
        <translation>Indisponibil în această versiune a modulului.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="182"/>
        <source>Courses and certificates</source>
        <translation>Cursuri și certificate</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="507"/>
        <source>courses and certificates</source>
        <translation>cursuri și certificate</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="231"/>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="240"/>
        <source>Refresh</source>
        <translation>Reîmprospătează</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="270"/>
        <source>Courses</source>
        <translation>Cursuri</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="271"/>
        <source>Training centres</source>
        <translation>Centre de instruire</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="272"/>
        <source>Course types</source>
        <translation>Tipuri de curs</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="273"/>
        <source>Conveners</source>
        <translation>Coordonatori de curs</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="276"/>
        <source>No course yet.</source>
        <translation>Încă niciun curs.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="277"/>
        <source>No training centre yet.</source>
        <translation>Încă niciun centru de instruire.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="278"/>
        <source>No course type yet.</source>
        <translation>Încă niciun tip de curs.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="279"/>
        <source>No convener yet.</source>
        <translation>Încă niciun coordonator de curs.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="297"/>
        <source>Verify</source>
        <translation>Verifică</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="307"/>
        <source>Connecting to the certification server…</source>
        <translation>Conectare la serverul de certificare…</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="311"/>
        <source>Add on the map</source>
        <translation>Adaugă pe hartă</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="312"/>
        <source>Click the new centre&apos;s place on the map</source>
        <translation>Faceți clic pe hartă în locul unde se află noul centru</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="314"/>
        <source>Move</source>
        <translation>Mută</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="315"/>
        <source>Click the selected centre&apos;s new place on the map</source>
        <translation>Faceți clic pe hartă în noul loc al centrului selectat</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="317"/>
        <source>From selected feature</source>
        <translation>Din entitatea selectată</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="318"/>
        <source>The selected feature of the active layer (its centroid for lines and polygons)</source>
        <translation>Entitatea selectată a stratului activ (centroidul ei, pentru linii și poligoane)</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="332"/>
        <source>Attendees</source>
        <translation>Participanți</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="333"/>
        <source>Certificates</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="422"/>
        <source>Reading your organisations</source>
        <translation>Se citesc organizațiile dumneavoastră</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="427"/>
        <source>The certification server could not be reached. {error}</source>
        <translation>Serverul de certificare nu a putut fi contactat. {error}</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="437"/>
        <source>This server does not manage courses and certificates here: it is done on its website. Verifying a certificate works in the Verify tab.</source>
        <translation>Acest server nu permite gestionarea cursurilor și a certificatelor aici: aceasta se face pe site-ul său web. Verificarea unui certificat funcționează în fila „Verifică”.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="447"/>
        <source>Your sign-in is no longer accepted; sign in again.</source>
        <translation>Autentificarea dumneavoastră nu mai este acceptată; autentificați-vă din nou.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="447"/>
        <source>Sign in to the certification server to manage your courses.</source>
        <translation>Autentificați-vă la serverul de certificare pentru a vă gestiona cursurile.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="456"/>
        <source>You do not own or convene for a certified organisation. Once your organisation is certified, its courses are managed here.</source>
        <translation>Nu sunteți proprietar sau coordonator de curs al unei organizații certificate. După ce organizația dumneavoastră este certificată, cursurile ei se gestionează aici.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="546"/>
        <source>Reading the organisation&apos;s courses</source>
        <translation>Se citesc cursurile organizației</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="586"/>
        <source>Reading the credit balance</source>
        <translation>Se citește soldul de credite</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="616"/>
        <source>New course</source>
        <translation>Curs nou</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="617"/>
        <source>New training centre</source>
        <translation>Centru de instruire nou</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="618"/>
        <source>New course type</source>
        <translation>Tip de curs nou</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="619"/>
        <source>New convener</source>
        <translation>Coordonator de curs nou</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="622"/>
        <source>Edit: {name}</source>
        <translation>Editare: {name}</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="624"/>
        <source>Your unsaved changes were restored.</source>
        <translation>Modificările dumneavoastră nesalvate au fost restaurate.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="664"/>
        <source>The file could not be read: {error}</source>
        <translation>Fișierul nu a putut fi citit: {error}</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="679"/>
        <source>Saved: {name}</source>
        <translation>S-a salvat: {name}</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="691"/>
        <source>Not saved; what you typed is kept. {error}</source>
        <translation>Nu s-a salvat; ce ați introdus este păstrat. {error}</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="696"/>
        <source>Saving</source>
        <translation>Se salvează</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="707"/>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="708"/>
        <source>Delete {name}? This cannot be undone.</source>
        <translation>Ștergeți {name}? Acțiunea nu poate fi anulată.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="733"/>
        <source>Deleted: {name}</source>
        <translation>S-a șters: {name}</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="741"/>
        <source>{name} was not deleted. {reason}</source>
        <translation>{name} nu a fost șters. {reason}</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="745"/>
        <source>Deleting</source>
        <translation>Se șterge</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="758"/>
        <source>There is no map to click on.</source>
        <translation>Nu există nicio hartă pe care să faceți clic.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="766"/>
        <source>Click the training centre&apos;s place on the map.</source>
        <translation>Faceți clic pe hartă în locul unde se află centrul de instruire.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="790"/>
        <source>No place was picked.</source>
        <translation>Nu a fost ales niciun loc.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="814"/>
        <source>Select a feature on the active layer first (a point, line or polygon).</source>
        <translation>Selectați mai întâi o entitate pe stratul activ (un punct, o linie sau un poligon).</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="299"/>
        <source>Credits</source>
        <translation>Credite</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <location filename="../gui/training/form_page.py" line="88"/>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <location filename="../gui/training/form_page.py" line="92"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
</context>
<context>
    <name>TrainingForms</name>
    <message>
        <location filename="../gui/training/texts.py" line="22"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="23"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="24"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="25"/>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="26"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="27"/>
        <source>Longitude</source>
        <translation>Longitudine</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="28"/>
        <source>Latitude</source>
        <translation>Latitudine</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="29"/>
        <source>Degrees, WGS 84 (EPSG:4326); empty for an online centre.</source>
        <translation>Grade, WGS 84 (EPSG:4326); gol pentru un centru online.</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="32"/>
        <source>Training centre</source>
        <translation>Centru de instruire</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="33"/>
        <source>Location</source>
        <translation>Locație</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="34"/>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="35"/>
        <source>Instruction hours</source>
        <translation>Ore de instruire</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="36"/>
        <source>0 to 1000, such as 16 or 7.5.</source>
        <translation>De la 0 la 1000, de exemplu 16 sau 7.5.</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="37"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="38"/>
        <source>User</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="39"/>
        <source>The user name or e-mail of an account on the certification server.</source>
        <translation>Numele de utilizator sau adresa de e-mail a unui cont de pe serverul de certificare.</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="42"/>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="43"/>
        <source>Such as Prof. or Dr.</source>
        <translation>De exemplu, Prof. sau Dr.</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="44"/>
        <source>Degree</source>
        <translation>Grad academic</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="45"/>
        <source>Such as PhD or MSc.</source>
        <translation>De exemplu, PhD sau MSc.</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="46"/>
        <source>Signature image</source>
        <translation>Imaginea semnăturii</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="47"/>
        <source>Course type</source>
        <translation>Tip de curs</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="48"/>
        <source>Convener</source>
        <translation>Coordonator de curs</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="49"/>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="50"/>
        <source>Trained competence</source>
        <translation>Competențe dobândite</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="51"/>
        <source>Start date</source>
        <translation>Data de început</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="52"/>
        <source>End date</source>
        <translation>Data de sfârșit</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="53"/>
        <source>Certificate type</source>
        <translation>Tip de certificat</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="54"/>
        <source>The default for the course&apos;s certificates.</source>
        <translation>Valoarea implicită pentru certificatele cursului.</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="57"/>
        <source>Certificate of attendance</source>
        <translation>Certificat de participare</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="58"/>
        <source>Certificate of completion</source>
        <translation>Certificat de absolvire</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="59"/>
        <source>(none yet)</source>
        <translation>(încă niciunul)</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="60"/>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="61"/>
        <source>Surname</source>
        <translation>Nume de familie</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="62"/>
        <source>English</source>
        <translation>Engleză</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="63"/>
        <source>Romanian</source>
        <translation>Română</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="64"/>
        <source>Swedish</source>
        <translation>Suedeză</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="65"/>
        <source>Chinese (Traditional)</source>
        <translation>Chineză (tradițională)</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="66"/>
        <source>German</source>
        <translation>Germană</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="67"/>
        <source>Spanish</source>
        <translation>Spaniolă</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="68"/>
        <source>French</source>
        <translation>Franceză</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="69"/>
        <source>Italian</source>
        <translation>Italiană</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="70"/>
        <source>Dutch</source>
        <translation>Neerlandeză</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="71"/>
        <source>Polish</source>
        <translation>Poloneză</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="72"/>
        <source>Portuguese</source>
        <translation>Portugheză</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="73"/>
        <source>Finnish</source>
        <translation>Finlandeză</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="74"/>
        <source>Danish</source>
        <translation>Daneză</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="75"/>
        <source>Norwegian</source>
        <translation>Norvegiană</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="76"/>
        <source>Japanese</source>
        <translation>Japoneză</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="77"/>
        <source>Korean</source>
        <translation>Coreeană</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="84"/>
        <source>Enter a number such as 23.5.</source>
        <translation>Introduceți un număr, de exemplu 23.5.</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="85"/>
        <source>Enter a longitude between -180 and 180.</source>
        <translation>Introduceți o longitudine între -180 și 180.</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="86"/>
        <source>Enter a latitude between -90 and 90.</source>
        <translation>Introduceți o latitudine între -90 și 90.</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="87"/>
        <source>Enter both longitude and latitude, or neither for an online centre.</source>
        <translation>Introduceți atât longitudinea, cât și latitudinea, sau niciuna pentru un centru online.</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="88"/>
        <source>Enter hours between 0 and 1000, with at most one decimal.</source>
        <translation>Introduceți un număr de ore între 0 și 1000, cu cel mult o zecimală.</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="89"/>
        <source>The end date is before the start date.</source>
        <translation>Data de sfârșit este înaintea datei de început.</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="90"/>
        <source>Choose a PNG or JPEG image.</source>
        <translation>Alegeți o imagine PNG sau JPEG.</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="91"/>
        <source>Add one first.</source>
        <translation>Adăugați mai întâi unul.</translation>
    </message>
</context>
<context>
    <name>TrainingPanels</name>
    <message>
        <location filename="../gui/training/panel_helpers.py" line="92"/>
        <source>Attendance</source>
        <translation>Participare</translation>
    </message>
    <message>
        <location filename="../gui/training/panel_helpers.py" line="92"/>
        <source>Completion</source>
        <translation>Absolvire</translation>
    </message>
    <message>
        <location filename="../gui/training/panel_helpers.py" line="97"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../gui/training/panel_helpers.py" line="98"/>
        <source>Revoked</source>
        <translation>Revocat</translation>
    </message>
    <message>
        <location filename="../gui/training/panel_helpers.py" line="99"/>
        <source>Not found</source>
        <translation>Negăsit</translation>
    </message>
</context>
<context>
    <name>Uploads</name>
    <message>
        <location filename="../qgis_io/uploads.py" line="167"/>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>Fișierul {path} nu poate fi citit: {reason}</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <location filename="../gui/training/verify_panel.py" line="69"/>
        <source>Certificate id, e.g. QGIS-123</source>
        <translation>ID-ul certificatului, de ex. QGIS-123</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="73"/>
        <source>Verify</source>
        <translation>Verifică</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Attendee Name</source>
        <translation>Numele participantului</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Certifying Organisation</source>
        <translation>Organizație de certificare</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Training Center</source>
        <translation>Centru de instruire</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Course Language</source>
        <translation>Limba cursului</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Trained Competence(s)</source>
        <translation>Competențe dobândite</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Course Type</source>
        <translation>Tip de curs</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Course Date</source>
        <translation>Data cursului</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Instruction Hours</source>
        <translation>Ore de instruire</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Course Convener</source>
        <translation>Coordonator de curs</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Organisation certified today</source>
        <translation>Organizație certificată în prezent</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="138"/>
        <source>Type a certificate id such as QGIS-123.</source>
        <translation>Introduceți un ID de certificat, de exemplu QGIS-123.</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="157"/>
        <source>{id} could not be verified: {reason}</source>
        <translation>Certificatul {id} nu a putut fi verificat: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="163"/>
        <source>Verifying {id}…</source>
        <translation>Se verifică certificatul {id}…</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="164"/>
        <source>Verifying {id}</source>
        <translation>Se verifică certificatul {id}</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="174"/>
        <source>{start} to {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="179"/>
        <source>Not said by this server</source>
        <translation>Nu este indicat de acest server</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="180"/>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="180"/>
        <source>No</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="189"/>
        <source>No certificate {id} has been issued.</source>
        <translation>Nu a fost emis niciun certificat cu numărul {id}.</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="197"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="197"/>
        <source>Revoked</source>
        <translation>Revocat</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="216"/>
        <source>This certificate was revoked.</source>
        <translation>Acest certificat a fost revocat.</translation>
    </message>
</context>
<context>
    <name>WorkflowDock</name>
    <message>
        <location filename="../gui/base/workflow_dock.py" line="105"/>
        <source>Open the website</source>
        <translation>Deschideți site-ul web</translation>
    </message>
    <message>
        <location filename="../gui/base/workflow_dock.py" line="296"/>
        <source>This server does not offer {feature}: it is done on the website.</source>
        <translation>Acest server nu oferă {feature}: se face pe site-ul web.</translation>
    </message>
    <message>
        <location filename="../gui/base/workflow_dock.py" line="115"/>
        <source>Sign out</source>
        <translation>Deconectare</translation>
    </message>
    <message>
        <location filename="../gui/base/workflow_dock.py" line="256"/>
        <source>Signed in as {username}.</source>
        <translation>Autentificat ca {username}.</translation>
    </message>
    <message>
        <location filename="../gui/base/workflow_dock.py" line="262"/>
        <source>Signing out…</source>
        <translation>Deconectare…</translation>
    </message>
</context>
</TS>
