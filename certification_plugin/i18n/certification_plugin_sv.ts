<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../gui/about_dialog.py" line="58"/>
        <source>About QGIS Certification</source>
        <translation>Om QGIS-certifiering</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="78"/>
        <source>Open the Log Messages panel</source>
        <translation>Öppna panelen Loggmeddelanden</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="79"/>
        <source>The plugin's messages are on the “{}” tab of that panel.</source>
        <translation>Insticksprogrammets meddelanden finns på fliken ”{}” i den panelen.</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="94"/>
        <source>Homepage</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="95"/>
        <source>Report a problem or suggest an idea</source>
        <translation>Rapportera ett problem eller föreslå en idé</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="96"/>
        <source>QGIS Certification Programme</source>
        <translation>QGIS certifieringsprogram</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="102"/>
        <source>Plugin version</source>
        <translation>Insticksprogrammets version</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="103"/>
        <source>QGIS version</source>
        <translation>QGIS-version</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="104"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="104"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="113"/>
        <source>Certified organisations, training centres and upcoming courses as map layers, a course finder, a locator filter and Processing algorithms.</source>
        <translation>Certifierade organisationer, utbildningscenter och kommande kurser som kartlager, en kurssökning, ett lokaliseringsfilter och Processering-algoritmer.</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="126"/>
        <source>The plugin writes its messages to the “{}” tab of the Log Messages panel (View &gt; Panels &gt; Log Messages).</source>
        <translation>Insticksprogrammet skriver sina meddelanden på fliken ”{}” i panelen Loggmeddelanden (Visa &gt; Paneler &gt; Loggmeddelanden).</translation>
    </message>
</context>
<context>
    <name>ApplicationPage</name>
    <message>
        <location filename="../gui/reviews/application_page.py" line="98"/>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="113"/>
        <source>You declared a conflict of interest with this organisation: you are excluded from its review and its material is not shown to you.</source>
        <translation>Du har angett en intressekonflikt med den här organisationen: du är undantagen från granskningen av den och dess material visas inte för dig.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="134"/>
        <source>Files and what QGIS found in them</source>
        <translation>Filer och vad QGIS hittade i dem</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="143"/>
        <source>Download and open</source>
        <translation>Ladda ner och öppna</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="146"/>
        <source>Cancel downloads</source>
        <translation>Avbryt nedladdningar</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="179"/>
        <source>This item names no application.</source>
        <translation>Posten anger ingen ansökan.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="217"/>
        <source>Reading your declaration…</source>
        <translation>Läser din jävsdeklaration…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="230"/>
        <source>Reading the conflict declaration</source>
        <translation>Läser jävsdeklarationen</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="286"/>
        <source>The server did not record it.</source>
        <translation>Servern registrerade den inte.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="307"/>
        <source>Sending the conflict declaration</source>
        <translation>Skickar jävsdeklarationen</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="329"/>
        <source>Reading the application…</source>
        <translation>Läser ansökan…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="351"/>
        <source>Reading the application</source>
        <translation>Läser ansökan</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="482"/>
        <source>The download of {name} was cancelled.</source>
        <translation>Nedladdningen av {name} avbröts.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="484"/>
        <source>{name} could not be downloaded: {reason}</source>
        <translation>{name} kunde inte laddas ner: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="489"/>
        <source>Downloading {name}…</source>
        <translation>Laddar ner {name}…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="490"/>
        <source>Downloading {name}</source>
        <translation>Laddar ner {name}</translation>
    </message>
</context>
<context>
    <name>ApplyDock</name>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="202"/>
        <source>Apply for certification</source>
        <translation>Ansök om certifiering</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="225"/>
        <source>applications</source>
        <translation>ansökningar</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="244"/>
        <source>Connecting to the certification server…</source>
        <translation>Ansluter till certifieringsservern…</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="244"/>
        <source>Sign in…</source>
        <translation>Logga in…</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="264"/>
        <source>QGIS checks of the files</source>
        <translation>QGIS kontroll av filerna</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="285"/>
        <source>Check files</source>
        <translation>Kontrollera filer</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="365"/>
        <source>Submit…</source>
        <translation>Skicka in…</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="299"/>
        <source>Your answers so far, to paste into the website&apos;s form:</source>
        <translation>Dina svar hittills, att klistra in i webbplatsens formulär:</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="306"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="324"/>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="350"/>
        <source>All files</source>
        <translation>Alla filer</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="351"/>
        <source>Accepted files</source>
        <translation>Godtagna filer</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="365"/>
        <source>Resubmit…</source>
        <translation>Skicka in igen…</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="402"/>
        <source>The saved draft could not be read; it was set aside. {problem}</source>
        <translation>Det sparade utkastet kunde inte läsas; det har lagts åt sidan. {problem}</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="422"/>
        <source>Reading the certification application</source>
        <translation>Läser certifieringsansökan</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="429"/>
        <source>The server could not be reached; your draft is kept on this computer. {error}</source>
        <translation>Det gick inte att nå servern; ditt utkast sparas på den här datorn. {error}</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="450"/>
        <source>Sign in to the certification server to apply; your draft is kept.</source>
        <translation>Logga in på certifieringsservern för att ansöka; ditt utkast sparas.</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="492"/>
        <source>The server&apos;s copy of the draft was newer; it is shown.</source>
        <translation>Serverns kopia av utkastet var nyare; den visas.</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="499"/>
        <source>Two versions of the draft</source>
        <translation>Två versioner av utkastet</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="500"/>
        <source>The draft on this computer and the one on the server (changed on {when}) differ. Which one do you want to keep?</source>
        <translation>Utkastet på den här datorn och det på servern (ändrat {when}) skiljer sig åt. Vilket vill du behålla?</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="506"/>
        <source>The other one is replaced.</source>
        <translation>Det andra ersätts.</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="507"/>
        <source>Keep this computer&apos;s</source>
        <translation>Behåll datorns</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="508"/>
        <source>Use the server&apos;s</source>
        <translation>Använd serverns</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="524"/>
        <source>The server&apos;s draft is shown.</source>
        <translation>Serverns utkast visas.</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="630"/>
        <source>Saving the application draft on the server</source>
        <translation>Sparar ansökningsutkastet på servern</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="643"/>
        <source>Draft saved on the server.</source>
        <translation>Utkastet har sparats på servern.</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="657"/>
        <source>Saved on this computer; the server&apos;s copy was not updated. {error}</source>
        <translation>Sparat på den här datorn; serverns kopia uppdaterades inte. {error}</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="681"/>
        <source>Reading the server&apos;s draft</source>
        <translation>Läser serverns utkast</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="692"/>
        <source>The server did not accept the application; see the marked fields.</source>
        <translation>Servern godtog inte ansökan; se de markerade fälten.</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="707"/>
        <source>Self-check</source>
        <translation>Självtest</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="730"/>
        <source>Some answers are missing or not valid; see the marked fields.</source>
        <translation>Några svar saknas eller är ogiltiga; se de markerade fälten.</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="766"/>
        <source>Checking training material with QGIS</source>
        <translation>Kontrollerar utbildningsmaterial med QGIS</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="776"/>
        <source>Submit the application</source>
        <translation>Skicka in ansökan</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="777"/>
        <source>Submit the application now? Its files are checked with QGIS and uploaded first. After submitting you cannot change it unless the reviewers ask for changes.</source>
        <translation>Skicka in ansökan nu? Dess filer kontrolleras först med QGIS och laddas upp. När den har skickats in kan du inte ändra den, om inte granskarna begär ändringar.</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="786"/>
        <source>Submit</source>
        <translation>Skicka in</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="804"/>
        <source>The certification managers screen the application, then the QGIS user group of your country or the QGIS PSC reviews it; expect an answer in about a month.</source>
        <translation>De certifieringsansvariga gör en förhandsgranskning av ansökan, sedan granskas den av QGIS-användargruppen i ditt land eller av QGIS PSC; räkna med svar inom ungefär en månad.</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="834"/>
        <source>Uploading the material and submitting…</source>
        <translation>Laddar upp materialet och skickar in…</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="835"/>
        <source>Submitting the certification application</source>
        <translation>Skickar in certifieringsansökan</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="865"/>
        <source>The application was submitted.</source>
        <translation>Ansökan har skickats in.</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="870"/>
        <source>Submitting was cancelled; your draft is kept.</source>
        <translation>Inskickningen avbröts; ditt utkast sparas.</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="876"/>
        <source>The application was not submitted; your draft is kept. {error}</source>
        <translation>Ansökan skickades inte in; ditt utkast sparas. {error}</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="887"/>
        <source>Remarks of the reviewers: {remarks}</source>
        <translation>Granskarnas kommentarer: {remarks}</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="908"/>
        <source>A new application, starting from your previous answers.</source>
        <translation>En ny ansökan, utifrån dina tidigare svar.</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="914"/>
        <source>Withdraw the application</source>
        <translation>Dra tillbaka ansökan</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="914"/>
        <source>Withdraw application {id}? This cannot be undone.</source>
        <translation>Dra tillbaka ansökan {id}? Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="930"/>
        <source>Withdrawing the application</source>
        <translation>Drar tillbaka ansökan</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="935"/>
        <source>Your answers were copied; paste them into the website&apos;s form.</source>
        <translation>Dina svar har kopierats; klistra in dem i webbplatsens formulär.</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="22"/>
        <source>Answer yes to submit.</source>
        <translation>Svara ja för att skicka in.</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="23"/>
        <source>Enter one web address per line, each starting with http:// or https://.</source>
        <translation>Ange en webbadress per rad, var och en som börjar med http:// eller https://.</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="24"/>
        <source>Enter a QGIS version such as 3.34.</source>
        <translation>Ange en QGIS-version, till exempel 3.34.</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="25"/>
        <source>Add at least one file or link for lectures or exercises.</source>
        <translation>Lägg till minst en fil eller länk för föreläsningar eller övningar.</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="26"/>
        <source>Add at least one course.</source>
        <translation>Lägg till minst en kurs.</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="27"/>
        <source>The end date is before the start date.</source>
        <translation>Slutdatumet ligger före startdatumet.</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="33"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="49"/>
        <source>Submitted</source>
        <translation>Inskickad</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="35"/>
        <source>Screening</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="36"/>
        <source>Under review</source>
        <translation>Under granskning</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="52"/>
        <source>Changes requested</source>
        <translation>Ändringar begärda</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="38"/>
        <source>Resubmitted</source>
        <translation>Inskickad igen</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="53"/>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="54"/>
        <source>Rejected</source>
        <translation>Avslagen</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="55"/>
        <source>Withdrawn</source>
        <translation>Tillbakadragen</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="48"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="50"/>
        <source>Screening started</source>
        <translation>Förhandsgranskning påbörjad</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="51"/>
        <source>Sent for review</source>
        <translation>Skickad för granskning</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="56"/>
        <source>Material added</source>
        <translation>Material tillagt</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="58"/>
        <source>Material removed</source>
        <translation>Material borttaget</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="69"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="70"/>
        <source>Contributions</source>
        <translation>Bidrag</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="71"/>
        <source>Message to the reviewers</source>
        <translation>Meddelande till granskarna</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="106"/>
        <source>Organisation name</source>
        <translation>Organisationens namn</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="107"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="108"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="109"/>
        <source>Postal address</source>
        <translation>Postadress</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="110"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="111"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="112"/>
        <source>VAT number</source>
        <translation>Momsregistreringsnummer</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="79"/>
        <source>Contributions to QGIS</source>
        <translation>Bidrag till QGIS</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="80"/>
        <source>One row per contribution; links one per line.</source>
        <translation>En rad per bidrag; en länk per rad.</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="83"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="84"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="85"/>
        <source>Links</source>
        <translation>Länkar</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="86"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="87"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="88"/>
        <source>QGIS development (commits)</source>
        <translation>QGIS-utveckling (commits)</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="89"/>
        <source>Documentation and training material</source>
        <translation>Dokumentation och utbildningsmaterial</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="90"/>
        <source>Translation</source>
        <translation>Översättning</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="91"/>
        <source>Plugins</source>
        <translation>Insticksprogram</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="92"/>
        <source>Bug reports</source>
        <translation>Felrapporter</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="93"/>
        <source>Funding new features</source>
        <translation>Finansiering av nya funktioner</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="94"/>
        <source>Financial contributions or sponsorship</source>
        <translation>Ekonomiska bidrag eller sponsring</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="95"/>
        <source>The local user group</source>
        <translation>Den lokala användargruppen</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="96"/>
        <source>Open QGIS courseware</source>
        <translation>Öppet QGIS-kursmaterial</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="97"/>
        <source>QGIS books</source>
        <translation>QGIS-böcker</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="98"/>
        <source>All rights reserved</source>
        <translation>Alla rättigheter förbehållna</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="99"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="113"/>
        <source>Contribution</source>
        <translation>Bidrag</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="114"/>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="115"/>
        <source>Course type</source>
        <translation>Kurstyp</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="116"/>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="117"/>
        <source>QGIS version</source>
        <translation>QGIS-version</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="118"/>
        <source>Lectures</source>
        <translation>Föreläsningar</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="119"/>
        <source>Exercises</source>
        <translation>Övningar</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="120"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>AttendeesPanel</name>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="187"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="188"/>
        <source>Surname</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="189"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="93"/>
        <source>Certificate</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="103"/>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="104"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="107"/>
        <source>Import CSV…</source>
        <translation>Importera CSV…</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="110"/>
        <source>From layer…</source>
        <translation>Från lager…</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="149"/>
        <source>Reading the attendees…</source>
        <translation>Läser deltagarna…</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="160"/>
        <source>Reading the attendees</source>
        <translation>Läser deltagarna</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="191"/>
        <source>Add an attendee</source>
        <translation>Lägg till en deltagare</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="215"/>
        <source>{name} was added.</source>
        <translation>{name} har lagts till.</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="223"/>
        <source>Adding an attendee</source>
        <translation>Lägger till en deltagare</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="235"/>
        <source>Remove {name} from this course?</source>
        <translation>Ta bort {name} från den här kursen?</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="236"/>
        <source>Remove an attendee</source>
        <translation>Ta bort en deltagare</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="245"/>
        <source>{name} was removed.</source>
        <translation>{name} har tagits bort.</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="251"/>
        <source>{name} was not removed: {reason}</source>
        <translation>{name} togs inte bort: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="257"/>
        <source>Removing an attendee</source>
        <translation>Tar bort en deltagare</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="261"/>
        <source>Import attendees from a CSV file</source>
        <translation>Importera deltagare från en CSV-fil</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="261"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="290"/>
        <source>The file is larger than 2 MB; split it into smaller files.</source>
        <translation>Filen är större än 2 MB; dela upp den i mindre filer.</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="298"/>
        <source>Checking the file…</source>
        <translation>Kontrollerar filen…</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="299"/>
        <source>Checking the attendees&apos; file</source>
        <translation>Kontrollerar deltagarfilen</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="319"/>
        <source>The layer has no features to import.</source>
        <translation>Lagret har inga objekt att importera.</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="332"/>
        <source>Checking the rows…</source>
        <translation>Kontrollerar raderna…</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="333"/>
        <source>Checking the attendees&apos; rows</source>
        <translation>Kontrollerar deltagarraderna</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="374"/>
        <source>Nothing was imported: some rows are not valid.</source>
        <translation>Inget importerades: några rader är ogiltiga.</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="389"/>
        <source>Importing the attendees…</source>
        <translation>Importerar deltagarna…</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="390"/>
        <source>Importing the attendees</source>
        <translation>Importerar deltagarna</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/attendees_panel.py" line="393"/>
        <source>%n attendee(s) imported.</source>
        <translation>
            <numerusform>%n deltagare har importerats.</numerusform>
            <numerusform>%n deltagare har importerats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/attendees_panel.py" line="400"/>
        <source>%n invalid row(s) skipped.</source>
        <translation>
            <numerusform>%n ogiltig rad hoppades över.</numerusform>
            <numerusform>%n ogiltiga rader hoppades över.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuyDialog</name>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="85"/>
        <source>Buy credits</source>
        <translation>Köp krediter</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="101"/>
        <source>Credits to buy:</source>
        <translation>Krediter att köpa:</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="103"/>
        <source>Total:</source>
        <translation>Totalt:</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="109"/>
        <source>Payment:</source>
        <translation>Betalning:</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="116"/>
        <source>Buy</source>
        <translation>Köp</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="146"/>
        <source>Reading the price…</source>
        <translation>Läser priset…</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="147"/>
        <source>Reading the credits</source>
        <translation>Läser krediterna</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/payments/buy_dialog.py" line="192"/>
        <source>%n credit(s) = {total}</source>
        <translation>
            <numerusform>%n kredit = {total}</numerusform>
            <numerusform>%n krediter = {total}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="201"/>
        <source>The payment page opens in your browser; the credits arrive once it is paid.</source>
        <translation>Betalningssidan öppnas i webbläsaren; krediterna kommer när betalningen är gjord.</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="205"/>
        <source>An invoice is issued now; the credits arrive once the transfer is booked.</source>
        <translation>En faktura utfärdas nu; krediterna kommer när överföringen har bokförts.</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="246"/>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="248"/>
        <source>Not bought: {reason}
Buy again to retry; the same order is sent.</source>
        <translation>Inte köpt: {reason}
Köp igen för att försöka på nytt; samma beställning skickas.</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="255"/>
        <source>Ordering…</source>
        <translation>Beställer…</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="256"/>
        <source>Ordering credits</source>
        <translation>Beställer krediter</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="337"/>
        <source>Checking the payment</source>
        <translation>Kontrollerar betalningen</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="359"/>
        <source>The payment is not confirmed yet; Refresh shows the balance later.</source>
        <translation>Betalningen är ännu inte bekräftad; Uppdatera visar saldot senare.</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="372"/>
        <source>Waiting for the payment…</source>
        <translation>Väntar på betalningen…</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="377"/>
        <source>Invoice {number} issued; the credits arrive once the transfer is booked.</source>
        <translation>Faktura {number} har utfärdats; krediterna kommer när överföringen har bokförts.</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="400"/>
        <source>Reading the invoice</source>
        <translation>Läser fakturan</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/payments/buy_dialog.py" line="415"/>
        <source>Paid: %n credit(s) added.</source>
        <translation>
            <numerusform>Betald: %n kredit har lagts till.</numerusform>
            <numerusform>Betald: %n krediter har lagts till.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="424"/>
        <source>failed</source>
        <translation>misslyckades</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="424"/>
        <source>expired</source>
        <translation>gick ut</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="424"/>
        <source>cancelled</source>
        <translation>avbröts</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="426"/>
        <source>The payment {state}. {reason}</source>
        <translation>Betalningen {state}. {reason}</translation>
    </message>
</context>
<context>
    <name>CentreForm</name>
    <message>
        <location filename="../gui/training/centre_form.py" line="27"/>
        <source>Pick on the map</source>
        <translation>Välj på kartan</translation>
    </message>
    <message>
        <location filename="../gui/training/centre_form.py" line="29"/>
        <source>Click the centre&apos;s place on the map</source>
        <translation>Klicka på centrets plats på kartan</translation>
    </message>
    <message>
        <location filename="../gui/training/centre_form.py" line="31"/>
        <source>Online (no location)</source>
        <translation>Online (ingen plats)</translation>
    </message>
</context>
<context>
    <name>CertificateVerify</name>
    <message>
        <location filename="../qgis_io/certificate_verify.py" line="118"/>
        <source>Verifying certificate {}</source>
        <translation>Verifierar certifikat {}</translation>
    </message>
    <message>
        <location filename="../qgis_io/certificate_verify.py" line="128"/>
        <source>valid</source>
        <translation>giltigt</translation>
    </message>
    <message>
        <location filename="../qgis_io/certificate_verify.py" line="130"/>
        <source>revoked</source>
        <translation>återkallat</translation>
    </message>
    <message>
        <location filename="../qgis_io/certificate_verify.py" line="131"/>
        <source>not found</source>
        <translation>hittades inte</translation>
    </message>
    <message>
        <location filename="../qgis_io/certificate_verify.py" line="137"/>
        <source>Certificate {}: no certificate with this number has been issued.</source>
        <translation>Certifikat {}: inget certifikat med det här numret har utfärdats.</translation>
    </message>
    <message>
        <location filename="../qgis_io/certificate_verify.py" line="147"/>
        <source>(the organisation is not certified today)</source>
        <translation>(organisationen är inte certifierad i dag)</translation>
    </message>
    <message>
        <location filename="../qgis_io/certificate_verify.py" line="154"/>
        <source>{} is not a certificate number; they look like QGIS-1234.</source>
        <translation>{} är inte ett certifikatnummer; de ser ut som QGIS-1234.</translation>
    </message>
    <message>
        <location filename="../qgis_io/certificate_verify.py" line="163"/>
        <source>Could not verify certificate {}.</source>
        <translation>Det gick inte att verifiera certifikat {}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/certificate_verify.py" line="143"/>
        <source>Certificate {id}: {who} — {status}</source>
        <translation>Certifikat {id}: {who} — {status}</translation>
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
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="100"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="100"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="100"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="100"/>
        <source>PDF ready</source>
        <translation>PDF klar</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="100"/>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="113"/>
        <source>Issue…</source>
        <translation>Utfärda…</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="114"/>
        <source>Download PDFs…</source>
        <translation>Ladda ner PDF-filer…</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="323"/>
        <source>Send to attendees</source>
        <translation>Skicka till deltagarna</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="120"/>
        <source>Correct name…</source>
        <translation>Rätta namn…</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="123"/>
        <source>Revoke…</source>
        <translation>Återkalla…</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="175"/>
        <source>Reading the certificates</source>
        <translation>Läser certifikaten</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="182"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="182"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="221"/>
        <source>Reading the attendees</source>
        <translation>Läser deltagarna</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="246"/>
        <source>Folder for the certificates&apos; PDFs</source>
        <translation>Mapp för certifikatens PDF-filer</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="284"/>
        <source>The PDFs could not be downloaded: {reason}</source>
        <translation>PDF-filerna kunde inte laddas ner: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="290"/>
        <source>Downloading the PDFs…</source>
        <translation>Laddar ner PDF-filerna…</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="291"/>
        <source>Downloading the certificates&apos; PDFs</source>
        <translation>Laddar ner certifikatens PDF-filer</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/certificates_panel.py" line="296"/>
        <source>%n PDF(s) saved in {folder}.</source>
        <translation>
            <numerusform>%n PDF-fil har sparats i {folder}.</numerusform>
            <numerusform>%n PDF-filer har sparats i {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="305"/>
        <source>Files with unexpected names were not saved: {names}</source>
        <translation>Filer med oväntade namn sparades inte: {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/certificates_panel.py" line="325"/>
        <source>Already sent: %n certificate(s). Send them again too?</source>
        <translation>
            <numerusform>Redan skickat: %n certifikat. Vill du skicka det igen också?</numerusform>
            <numerusform>Redan skickade: %n certifikat. Vill du skicka dem igen också?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="338"/>
        <source>Every certificate was sent already.</source>
        <translation>Alla certifikat har redan skickats.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/certificates_panel.py" line="340"/>
        <source>Send %n certificate(s) by e-mail to their attendees?</source>
        <translation>
            <numerusform>Skicka %n certifikat via e-post till deltagaren?</numerusform>
            <numerusform>Skicka %n certifikat via e-post till deltagarna?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/certificates_panel.py" line="360"/>
        <source>%n e-mail(s) queued.</source>
        <translation>
            <numerusform>%n e-postmeddelande har lagts i kö.</numerusform>
            <numerusform>%n e-postmeddelanden har lagts i kö.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="370"/>
        <source>Sending the certificates</source>
        <translation>Skickar certifikaten</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="375"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="376"/>
        <source>Surname</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="377"/>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="388"/>
        <source>Correct the name on {id}</source>
        <translation>Rätta namnet på {id}</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="388"/>
        <source>The PDF is made again under the same id; the old name is kept in its history.</source>
        <translation>PDF-filen skapas på nytt med samma id; det gamla namnet sparas i certifikatets historik.</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="408"/>
        <source>{id} was corrected.</source>
        <translation>{id} har rättats.</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="414"/>
        <source>{id} was not corrected: {reason}</source>
        <translation>{id} rättades inte: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="420"/>
        <source>Correcting a certificate</source>
        <translation>Rättar ett certifikat</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="431"/>
        <source>Revoke {id}</source>
        <translation>Återkalla {id}</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="431"/>
        <source>A revoked certificate verifies as revoked. Why is it revoked?</source>
        <translation>Ett återkallat certifikat visas som återkallat vid verifiering. Varför återkallas det?</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="441"/>
        <source>Say why the certificate is revoked.</source>
        <translation>Förklara varför certifikatet återkallas.</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="449"/>
        <source>{id} was revoked.</source>
        <translation>{id} har återkallats.</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="455"/>
        <source>{id} was not revoked: {reason}</source>
        <translation>{id} återkallades inte: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="461"/>
        <source>Revoking a certificate</source>
        <translation>Återkallar ett certifikat</translation>
    </message>
</context>
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
    <message>
        <location filename="../qgis_io/auth.py" line="98"/>
        <source>The QGIS authentication system is not available.</source>
        <translation>QGIS autentiseringssystem är inte tillgängligt.</translation>
    </message>
    <message>
        <location filename="../qgis_io/auth.py" line="100"/>
        <source>Set or enter the QGIS master password: it protects the token QGIS keeps.</source>
        <translation>Ange eller skriv in QGIS huvudlösenord: det skyddar den token som QGIS sparar.</translation>
    </message>
    <message>
        <location filename="../qgis_io/auth.py" line="119"/>
        <source>QGIS could not store the authentication configuration.</source>
        <translation>QGIS kunde inte spara autentiseringskonfigurationen.</translation>
    </message>
</context>
<context>
    <name>CertificationCountryList</name>
    <message>
        <location filename="../gui/country_list.py" line="45"/>
        <source>Filter countries</source>
        <translation>Filtrera länder</translation>
    </message>
    <message>
        <location filename="../gui/country_list.py" line="136"/>
        <source>All countries</source>
        <translation>Alla länder</translation>
    </message>
    <message>
        <location filename="../gui/country_list.py" line="49"/>
        <source>Uncheck every country: the layers show all of them.</source>
        <translation>Avmarkera alla länder: lagren visar då alla.</translation>
    </message>
    <message>
        <location filename="../gui/country_list.py" line="140"/>
        <source>and {} more</source>
        <translation>och {} till</translation>
    </message>
    <message>
        <location filename="../gui/country_list.py" line="141"/>
        <source>Only: {}</source>
        <translation>Endast: {}</translation>
    </message>
</context>
<context>
    <name>CertificationLayers</name>
    <message>
        <location filename="../layers/builder.py" line="53"/>
        <source>QGIS Certification</source>
        <translation>QGIS-certifiering</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="59"/>
        <source>Training centres</source>
        <translation>Utbildningscenter</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="60"/>
        <source>Upcoming courses</source>
        <translation>Kommande kurser</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="118"/>
        <source>Certified organisations</source>
        <translation>Certifierade organisationer</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="85"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="86"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="87"/>
        <source>Organisation slug</source>
        <translation>Organisationens kortnamn</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="117"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="152"/>
        <source>Certification page</source>
        <translation>Certifieringssida</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="90"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="91"/>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="103"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="110"/>
        <source>Training centre</source>
        <translation>Utbildningscenter</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="97"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="143"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="99"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="138"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="104"/>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="105"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="106"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="107"/>
        <source>Course type</source>
        <translation>Kurstyp</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="108"/>
        <source>Course type slug</source>
        <translation>Kurstypens kortnamn</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="109"/>
        <source>Trainer</source>
        <translation>Utbildare</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="111"/>
        <source>Training centre id</source>
        <translation>Utbildningscentrets id</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="112"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="113"/>
        <source>Competence</source>
        <translation>Kompetens</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="116"/>
        <source>Country code</source>
        <translation>Landskod</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="119"/>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="138"/>
        <source>Open the centre&apos;s website</source>
        <translation>Öppna centrets webbplats</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="143"/>
        <source>Write an e-mail to the centre</source>
        <translation>Skriv e-post till centret</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="144"/>
        <source>Open the organisation&apos;s page on the certification website</source>
        <translation>Öppna organisationens sida på certifieringswebbplatsen</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="152"/>
        <source>Open the course on the certification website</source>
        <translation>Öppna kursen på certifieringswebbplatsen</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="327"/>
        <source>Data published by the QGIS Certification Programme and its certified organisations.</source>
        <translation>Data publicerade av QGIS certifieringsprogram och dess certifierade organisationer.</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="333"/>
        <source>Country boundaries: Natural Earth (public domain).</source>
        <translation>Landsgränser: Natural Earth (allmän egendom).</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="338"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="347"/>
        <source>Training centres of the organisations certified to teach QGIS. Online centres have no location.</source>
        <translation>Utbildningscenter hos organisationer som är certifierade att undervisa i QGIS. Onlinecenter saknar plats.</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="351"/>
        <source>Courses that start today or later, at the location of their training centre. Online courses have no location.</source>
        <translation>Kurser som börjar i dag eller senare, på platsen för deras utbildningscenter. Onlinekurser saknar plats.</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="355"/>
        <source>Countries with at least one certified QGIS training organisation, with the number and names of the organisations.</source>
        <translation>Länder med minst en certifierad QGIS-utbildningsorganisation, med organisationernas antal och namn.</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="363"/>
        <source>Last updated: {}</source>
        <translation>Senast uppdaterad: {}</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="365"/>
        <source>Last updated: never</source>
        <translation>Senast uppdaterad: aldrig</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="367"/>
        <source>Server: {}</source>
        <translation>Server: {}</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="370"/>
        <source>Source: {}</source>
        <translation>Källa: {}</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="371"/>
        <source>Attribution: QGIS Certification Programme, {}</source>
        <translation>Erkännande: QGIS certifieringsprogram, {}</translation>
    </message>
    <message>
        <location filename="../layers/background.py" line="36"/>
        <source>Countries (background)</source>
        <translation>Länder (bakgrund)</translation>
    </message>
</context>
<context>
    <name>CertificationLegend</name>
    <message>
        <location filename="../layers/legend.py" line="28"/>
        <source>{n} or more</source>
        <translation>{n} eller fler</translation>
    </message>
    <message>
        <location filename="../layers/legend.py" line="31"/>
        <source>{low} to {high}</source>
        <translation>{low} till {high}</translation>
    </message>
</context>
<context>
    <name>CertificationLocatorFilter</name>
    <message>
        <location filename="../gui/locator_filter.py" line="109"/>
        <source>QGIS Certification courses, centres and organisations</source>
        <translation>Kurser, center och organisationer i QGIS-certifieringen</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="198"/>
        <source>Upcoming courses</source>
        <translation>Kommande kurser</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="230"/>
        <source>Training centres</source>
        <translation>Utbildningscenter</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="276"/>
        <source>Certified organisations</source>
        <translation>Certifierade organisationer</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="312"/>
        <source>{} is online: it has no place on the map.</source>
        <translation>{} hålls online och har ingen plats på kartan.</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="332"/>
        <source>{} has no page on the certification website.</source>
        <translation>{} har ingen sida på certifieringswebbplatsen.</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="114"/>
        <source>Find upcoming QGIS courses, training centres and certified organisations</source>
        <translation>Hitta kommande QGIS-kurser, utbildningscenter och certifierade organisationer</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="148"/>
        <source>Verify certificate {}</source>
        <translation>Verifiera certifikat {}</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="152"/>
        <source>Look the number up on {}</source>
        <translation>Slå upp numret på {}</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="156"/>
        <source>Look the number up on the certification server</source>
        <translation>Slå upp numret på certifieringsservern</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="159"/>
        <source>Certificates</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="357"/>
        <source>Verifying certificate {}</source>
        <translation>Verifierar certifikat {}</translation>
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
    <name>CertificationMapTips</name>
    <message>
        <location filename="../layers/maptips.py" line="244"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="245"/>
        <source>Training centre</source>
        <translation>Utbildningscenter</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="243"/>
        <source>Course type</source>
        <translation>Kurstyp</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="249"/>
        <source>Trainer</source>
        <translation>Utbildare</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="248"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="242"/>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="250"/>
        <source>Competence</source>
        <translation>Kompetens</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="219"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="221"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="220"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="228"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="137"/>
        <source>More on the certification website</source>
        <translation>Mer på certifieringswebbplatsen</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="147"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="147"/>
        <source>Location not published</source>
        <translation>Platsen är inte publicerad</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="264"/>
        <source>Certified organisations: {}</source>
        <translation>Certifierade organisationer: {}</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="155"/>
        <source>and {} more</source>
        <translation>och {} till</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="208"/>
        <source>Next courses</source>
        <translation>Nästa kurser</translation>
    </message>
</context>
<context>
    <name>CertificationMessages</name>
    <message>
        <location filename="../qgis_io/messages.py" line="38"/>
        <source>The operation was cancelled.</source>
        <translation>Åtgärden avbröts.</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="40"/>
        <source>The server did not answer in time.</source>
        <translation>Servern svarade inte i tid.</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="42"/>
        <source>The server&apos;s answer was too large and was not downloaded.</source>
        <translation>Serverns svar var för stort och hämtades inte.</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="44"/>
        <source>The server could not be reached.</source>
        <translation>Det gick inte att nå servern.</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="46"/>
        <source>The server did not accept the credentials of the authentication configuration.</source>
        <translation>Servern godtog inte inloggningsuppgifterna i autentiseringskonfigurationen.</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="48"/>
        <source>The server refused the request (permission denied).</source>
        <translation>Servern nekade begäran (åtkomst nekad).</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="50"/>
        <source>The server has nothing at this address (not found).</source>
        <translation>Servern har inget på den här adressen (hittades inte).</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="52"/>
        <source>The server received too many requests; try again later.</source>
        <translation>Servern har fått för många begäranden; försök igen senare.</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="60"/>
        <source>The server answered with an error (HTTP {}).</source>
        <translation>Servern svarade med ett fel (HTTP {}).</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="62"/>
        <source>The server&apos;s answer was cut off.</source>
        <translation>Serverns svar avbröts.</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="64"/>
        <source>The server&apos;s answer is not valid certification data.</source>
        <translation>Serverns svar är inte giltiga certifieringsdata.</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="66"/>
        <source>The request to the certification server failed.</source>
        <translation>Begäran till certifieringsservern misslyckades.</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="67"/>
        <source>An unexpected error occurred ({}).</source>
        <translation>Ett oväntat fel inträffade ({}).</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="54"/>
        <source>The server did not accept the data; check the fields it named.</source>
        <translation>Servern godtog inte uppgifterna; kontrollera fälten den angav.</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="56"/>
        <source>This action is not possible in the current state.</source>
        <translation>Den här åtgärden är inte möjlig i det nuvarande läget.</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="58"/>
        <source>The upload is larger than the server accepts.</source>
        <translation>Uppladdningen är större än servern tar emot.</translation>
    </message>
</context>
<context>
    <name>CertificationOptionsPage</name>
    <message>
        <location filename="../gui/options_page.py" line="81"/>
        <source>Certification server</source>
        <translation>Certifieringsserver</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="85"/>
        <source>certification.qgis.org, or a server that offers the certification API v1. Do not put credentials in the URL.</source>
        <translation>certification.qgis.org, eller en server som erbjuder certifierings-API:t v1. Skriv inte inloggningsuppgifter i URL:en.</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="91"/>
        <source>Server URL</source>
        <translation>Serverns URL</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="93"/>
        <source>Authentication</source>
        <translation>Autentisering</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="96"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="97"/>
        <source>Request timeout</source>
        <translation>Tidsgräns för begäran</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="100"/>
        <source>Test connection</source>
        <translation>Testa anslutningen</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="116"/>
        <source>Layers and cache</source>
        <translation>Lager och cache</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="122"/>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="130"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="131"/>
        <source>Never update automatically</source>
        <translation>Uppdatera aldrig automatiskt</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="132"/>
        <source>When a project with the certification layers opens and their data is older than this, it is updated in the background.</source>
        <translation>När ett projekt med certifieringslagren öppnas och deras data är äldre än så uppdateras de i bakgrunden.</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="138"/>
        <source>Update layers older than</source>
        <translation>Uppdatera lager som är äldre än</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="140"/>
        <source>Clear cache</source>
        <translation>Töm cachen</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="265"/>
        <source>Setting not saved: {}</source>
        <translation>Inställningen sparades inte: {}</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="289"/>
        <source>Connecting to {}…</source>
        <translation>Ansluter till {}…</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="290"/>
        <source>Testing the connection to the certification server</source>
        <translation>Testar anslutningen till certifieringsservern</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="309"/>
        <source>Connection failed: {}</source>
        <translation>Anslutningen misslyckades: {}</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="314"/>
        <source>Clearing the cache…</source>
        <translation>Tömmer cachen…</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="321"/>
        <source>The cache is empty; load the layers to fill it.</source>
        <translation>Cachen är tom; läs in lagren för att fylla den.</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="53"/>
        <source>Connected: public feeds only (certification.qgis.org-compatible).</source>
        <translation>Ansluten: endast publika flöden (kompatibelt med certification.qgis.org).</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="54"/>
        <source>Connected: API v1 {}</source>
        <translation>Ansluten: API v1 {}</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="56"/>
        <source>(server {})</source>
        <translation>(server {})</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="58"/>
        <source>no roles</source>
        <translation>inga roller</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="59"/>
        <source>Signed in as {} (roles: {}).</source>
        <translation>Inloggad som {} (roller: {}).</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="61"/>
        <source>Not signed in: public data only.</source>
        <translation>Inte inloggad: endast publika data.</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="330"/>
        <source>QGIS Certification</source>
        <translation>QGIS-certifiering</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="119"/>
        <source>Show only these countries on the layers; none checked shows them all.</source>
        <translation>Visa bara dessa länder i lagren; inget markerat visar alla.</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="123"/>
        <source>Add a light country background when the layers go into an empty project</source>
        <translation>Lägg till en ljus landsbakgrund när lagren läggs i ett tomt projekt</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="102"/>
        <source>Sign in with the browser…</source>
        <translation>Logga in med webbläsaren…</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="104"/>
        <source>Sign out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="210"/>
        <source>Sign in on the web page of the server and approve QGIS there.</source>
        <translation>Logga in på serverns webbsida och godkänn QGIS där.</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="210"/>
        <source>Save the new server URL first (OK), then sign in.</source>
        <translation>Spara först den nya serverns URL (OK) och logga sedan in.</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="234"/>
        <source>Signed in as {}.</source>
        <translation>Inloggad som {}.</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="242"/>
        <source>Signing out…</source>
        <translation>Loggar ut…</translation>
    </message>
</context>
<context>
    <name>CertificationPlugin</name>
    <message>
        <location filename="../plugin.py" line="111"/>
        <source>QGIS Certification</source>
        <translation>QGIS-certifiering</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="114"/>
        <source>Load certification layers</source>
        <translation>Läs in certifieringslager</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="114"/>
        <source>Add certified organisations, training centres and upcoming courses to the map, or update them</source>
        <translation>Lägg till certifierade organisationer, utbildningscenter och kommande kurser på kartan, eller uppdatera dem</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="123"/>
        <source>Find a course</source>
        <translation>Hitta en kurs</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="123"/>
        <source>Search upcoming QGIS courses near you</source>
        <translation>Sök kommande QGIS-kurser nära dig</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="164"/>
        <source>Settings…</source>
        <translation>Inställningar…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="164"/>
        <source>Server, authentication and cache settings</source>
        <translation>Inställningar för server, autentisering och cache</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="356"/>
        <source>The certification layers are already being updated.</source>
        <translation>Certifieringslagren håller redan på att uppdateras.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="397"/>
        <source>The certification cache was cleared.</source>
        <translation>Certifieringscachen har tömts.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="402"/>
        <source>The certification cache could not be cleared: {}</source>
        <translation>Certifieringscachen kunde inte tömmas: {}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="410"/>
        <source>Clearing the QGIS Certification cache</source>
        <translation>Tömmer cachen för QGIS-certifiering</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="447"/>
        <source>The certification layers are older than the set maximum age; updating.</source>
        <translation>Certifieringslagren är äldre än den inställda maxåldern; de uppdateras.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="171"/>
        <source>About QGIS Certification…</source>
        <translation>Om QGIS-certifiering…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="171"/>
        <source>Versions, server, help links and where the plugin&apos;s logs are</source>
        <translation>Versioner, server, hjälplänkar och var insticksprogrammets loggar finns</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="132"/>
        <source>Apply for certification</source>
        <translation>Ansök om certifiering</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="132"/>
        <source>Apply to the QGIS certification programme with your contributions and training material</source>
        <translation>Ansök till QGIS certifieringsprogram med era bidrag och ert utbildningsmaterial</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="143"/>
        <source>Review applications</source>
        <translation>Granska ansökningar</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="143"/>
        <source>Applications waiting for your review, your group&apos;s opinion or the PSC&apos;s decision</source>
        <translation>Ansökningar som väntar på din granskning, din grupps yttrande eller PSC:s beslut</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="153"/>
        <source>Courses and certificates…</source>
        <translation>Kurser och certifikat…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="153"/>
        <source>Your organisation&apos;s courses, training centres, attendees and certificates; verify a certificate</source>
        <translation>Er organisations kurser, utbildningscenter, deltagare och certifikat; verifiera ett certifikat</translation>
    </message>
</context>
<context>
    <name>CertificationProcessing</name>
    <message>
        <location filename="../processing/provider.py" line="22"/>
        <source>QGIS Certification</source>
        <translation>QGIS-certifiering</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="104"/>
        <source>Certification server</source>
        <translation>Certifieringsserver</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="113"/>
        <source>Authentication configuration</source>
        <translation>Autentiseringskonfiguration</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="211"/>
        <source>Reading from {}</source>
        <translation>Läser från {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="217"/>
        <source>Countries: {}</source>
        <translation>Länder: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="225"/>
        <source>Read {}</source>
        <translation>Läste {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="251"/>
        <source>Features written: {}</source>
        <translation>Skrivna objekt: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="274"/>
        <source>The download was cancelled.</source>
        <translation>Nedladdningen avbröts.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="278"/>
        <source>Could not download the data from {}.</source>
        <translation>Det gick inte att ladda ner data från {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="321"/>
        <source>Fetch training centres</source>
        <translation>Hämta utbildningscenter</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="324"/>
        <source>Training centres</source>
        <translation>Utbildningscenter</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="226"/>
        <source>certification</source>
        <translation>certifiering</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="373"/>
        <source>training</source>
        <translation>utbildning</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="330"/>
        <source>centre</source>
        <translation>center</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="365"/>
        <source>Fetch upcoming courses</source>
        <translation>Hämta kommande kurser</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="368"/>
        <source>Upcoming courses</source>
        <translation>Kommande kurser</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="226"/>
        <source>course</source>
        <translation>kurs</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="410"/>
        <source>Fetch certified organisations</source>
        <translation>Hämta certifierade organisationer</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="415"/>
        <source>Certified organisations</source>
        <translation>Certifierade organisationer</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="420"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="184"/>
        <source>Countries (ISO 3166-1 alpha-2 codes, comma-separated; empty for all)</source>
        <translation>Länder (ISO 3166-1 alpha-2-koder, kommaseparerade; tomt för alla)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="149"/>
        <source>The authentication configuration {} does not exist in this QGIS profile.</source>
        <translation>Autentiseringskonfigurationen {} finns inte i den här QGIS-profilen.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="296"/>
        <source>&lt;p&gt;&lt;b&gt;Certification server&lt;/b&gt;: the address of certification.qgis.org or of another certification server (the default comes from the plugin settings). Servers with the certification API v1 are read through it; others through their public feeds.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Authentication configuration&lt;/b&gt;: optional; an entry of the QGIS authentication database, for servers that need it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Countries&lt;/b&gt;: optional two-letter ISO 3166-1 codes separated by commas, for example &lt;i&gt;RO, SE&lt;/i&gt;. A country filter keeps what belongs to organisations of those countries. Anything that is not a two-letter code is refused.&lt;/p&gt;&lt;p&gt;Text is copied as the server sent it; web addresses that are not http(s) and e-mail values that are not plain addresses are left empty. A server that cannot be reached or answers with an error stops the algorithm with a message saying why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Certifieringsserver&lt;/b&gt;: adressen till certification.qgis.org eller till en annan certifieringsserver (standardvärdet kommer från insticksprogrammets inställningar). Servrar med certifierings-API v1 läses genom det; andra genom sina publika flöden.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Autentiseringskonfiguration&lt;/b&gt;: valfri; en post i QGIS autentiseringsdatabas, för servrar som kräver det.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Länder&lt;/b&gt;: valfria ISO 3166-1-koder med två bokstäver, separerade med kommatecken, till exempel &lt;i&gt;RO, SE&lt;/i&gt;. Ett landsfilter behåller det som tillhör organisationer i de länderna. Allt som inte är en kod med två bokstäver avvisas.&lt;/p&gt;&lt;p&gt;Text kopieras som servern skickade den; webbadresser som inte är http(s) och e-postvärden som inte är vanliga adresser lämnas tomma. En server som inte kan nås eller som svarar med ett fel stoppar algoritmen med ett meddelande som säger varför.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="335"/>
        <source>&lt;p&gt;Downloads the training centres of the organisations certified to teach QGIS as points in EPSG:4326. Online centres, and centres whose location is not published, are kept with an empty geometry.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hämtar utbildningscentren hos organisationer som är certifierade att undervisa i QGIS, som punkter i EPSG:4326. Onlinecenter, och center vars plats inte är publicerad, behålls med en tom geometri.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="379"/>
        <source>&lt;p&gt;Downloads the courses of certified organisations that start today or later, as points in EPSG:4326 at the location of their training centre. Online courses are kept with an empty geometry.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hämtar kurser hos certifierade organisationer som börjar i dag eller senare, som punkter i EPSG:4326 på platsen för deras utbildningscenter. Onlinekurser behålls med en tom geometri.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="425"/>
        <source>&lt;p&gt;Downloads the organisations certified to teach QGIS (approved and not archived) as a table without geometry: organisations have a country but no location of their own. Join the &lt;i&gt;country_code&lt;/i&gt; column to a country layer to map them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hämtar organisationer som är certifierade att undervisa i QGIS (godkända och inte arkiverade) som en tabell utan geometri: organisationer har ett land men ingen egen plats. Koppla kolumnen &lt;i&gt;country_code&lt;/i&gt; till ett landslager för att visa dem på kartan.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="127"/>
        <source>Verify certificate</source>
        <translation>Verifiera certifikat</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="226"/>
        <source>certificate</source>
        <translation>certifikat</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="130"/>
        <source>verify</source>
        <translation>verifiera</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="133"/>
        <source>&lt;p&gt;Verifies a certificate issued to a course attendee, by its number (for example &lt;i&gt;QGIS-1234&lt;/i&gt;; spacing and case do not matter).&lt;/p&gt;&lt;p&gt;A server with the certification API v1 is asked in JSON and also says whether a certificate was revoked; other servers, such as certification.qgis.org, are read through their public verification page.&lt;/p&gt;&lt;p&gt;Outputs: &lt;b&gt;FOUND&lt;/b&gt; (true or false), &lt;b&gt;STATUS&lt;/b&gt; (&lt;i&gt;valid&lt;/i&gt;, &lt;i&gt;revoked&lt;/i&gt; or &lt;i&gt;not_found&lt;/i&gt;), the attendee&apos;s name, the certifying organisation, the course type, its start and end dates (YYYY-MM-DD) and the language. A server that cannot be reached stops the algorithm with a message saying why; an unknown number is a result, not an error.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Verifierar ett certifikat som har utfärdats till en kursdeltagare, utifrån dess nummer (till exempel &lt;i&gt;QGIS-1234&lt;/i&gt;; mellanslag och skiftläge spelar ingen roll).&lt;/p&gt;&lt;p&gt;En server med certifierings-API v1 tillfrågas i JSON och anger också om ett certifikat har återkallats; andra servrar, som certification.qgis.org, läses via sin publika verifieringssida.&lt;/p&gt;&lt;p&gt;Utdata: &lt;b&gt;FOUND&lt;/b&gt; (true eller false), &lt;b&gt;STATUS&lt;/b&gt; (&lt;i&gt;valid&lt;/i&gt;, &lt;i&gt;revoked&lt;/i&gt; eller &lt;i&gt;not_found&lt;/i&gt;), deltagarens namn, den certifierande organisationen, kurstypen, kursens start- och slutdatum (ÅÅÅÅ-MM-DD) och språket. En server som inte kan nås stoppar algoritmen med ett meddelande som säger varför; ett okänt nummer är ett resultat, inte ett fel.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="148"/>
        <source>Certificate number</source>
        <translation>Certifikatnummer</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="149"/>
        <source>Found</source>
        <translation>Hittat</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="150"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="161"/>
        <source>{} is not a certificate number; they look like QGIS-1234.</source>
        <translation>{} är inte ett certifikatnummer; de ser ut som QGIS-1234.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="178"/>
        <source>Verifying {} on {}</source>
        <translation>Verifierar {} på {}</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="183"/>
        <source>The verification was cancelled.</source>
        <translation>Verifieringen avbröts.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="185"/>
        <source>Could not verify {} on {}.</source>
        <translation>Det gick inte att verifiera {} på {}.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="199"/>
        <source>No certificate with the number {} has been issued.</source>
        <translation>Inget certifikat med numret {} har utfärdats.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="202"/>
        <source>{id}: {name}, {organisation} ({status})</source>
        <translation>{id}: {name}, {organisation} ({status})</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="223"/>
        <source>Issue certificates from a table</source>
        <translation>Utfärda certifikat från en tabell</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="226"/>
        <source>attendees</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="229"/>
        <source>&lt;p&gt;Adds the attendees listed in a table or layer to a course, issues a certificate to each one who has none yet, and downloads the PDFs into a folder (&lt;i&gt;QGIS-1234.pdf&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Course&lt;/b&gt;: the course's id on the certification server (see the Courses and certificates dock). &lt;b&gt;First name, surname, e-mail fields&lt;/b&gt;: empty ones are guessed from the field names (English, Romanian, Swedish or Chinese). &lt;b&gt;Certificate type&lt;/b&gt;: &lt;i&gt;attendance&lt;/i&gt; or &lt;i&gt;completion&lt;/i&gt;; empty for the course's default. &lt;b&gt;Language&lt;/b&gt;: &lt;i&gt;en&lt;/i&gt;, &lt;i&gt;ro&lt;/i&gt;, &lt;i&gt;sv&lt;/i&gt; or &lt;i&gt;zh_TW&lt;/i&gt;; empty for the course's language.&lt;/p&gt;&lt;p&gt;Each certificate costs one credit (€20.00) of the organisation: when the balance does not cover them all, nothing is added or issued and the algorithm says how many credits are missing. Rows with a missing or invalid value stop the algorithm before anything is sent. Running it again for the same table issues nothing twice and downloads the PDFs again.&lt;/p&gt;&lt;p&gt;Needs a server with the certification API v1 and an authentication configuration of an owner or convener of the course's organisation; certification.qgis.org issues certificates on its website.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lägger till deltagarna som listas i en tabell eller ett lager i en kurs, utfärdar ett certifikat till var och en som ännu inte har något och laddar ner PDF-filerna till en mapp (&lt;i&gt;QGIS-1234.pdf&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kurs&lt;/b&gt;: kursens id på certifieringsservern (se panelen Kurser och certifikat). &lt;b&gt;Fält för förnamn, efternamn och e-post&lt;/b&gt;: tomma fält gissas utifrån fältnamnen (engelska, rumänska, svenska eller kinesiska). &lt;b&gt;Certifikattyp&lt;/b&gt;: &lt;i&gt;attendance&lt;/i&gt; eller &lt;i&gt;completion&lt;/i&gt;; tomt för kursens standardtyp. &lt;b&gt;Språk&lt;/b&gt;: &lt;i&gt;en&lt;/i&gt;, &lt;i&gt;ro&lt;/i&gt;, &lt;i&gt;sv&lt;/i&gt; eller &lt;i&gt;zh_TW&lt;/i&gt;; tomt för kursens språk.&lt;/p&gt;&lt;p&gt;Varje certifikat kostar organisationen en kredit (€20.00): när saldot inte räcker till alla läggs inget till och inget utfärdas, och algoritmen anger hur många krediter som saknas. Rader med ett saknat eller ogiltigt värde stoppar algoritmen innan något skickas. Om den körs igen för samma tabell utfärdas inget två gånger och PDF-filerna laddas ner på nytt.&lt;/p&gt;&lt;p&gt;Kräver en server med certifierings-API v1 och en autentiseringskonfiguration för en ägare eller kursansvarig i kursens organisation; certification.qgis.org utfärdar certifikat på sin webbplats.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="252"/>
        <source>Course id</source>
        <translation>Kursens id</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="257"/>
        <source>Attendees (table or layer)</source>
        <translation>Deltagare (tabell eller lager)</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="262"/>
        <source>First name field</source>
        <translation>Fält för förnamn</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="262"/>
        <source>Surname field</source>
        <translation>Fält för efternamn</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="262"/>
        <source>E-mail field</source>
        <translation>Fält för e-post</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="272"/>
        <source>Certificate type (attendance or completion; empty: the course&apos;s)</source>
        <translation>Certifikattyp (attendance eller completion; tomt: kursens)</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="280"/>
        <source>Certificate language (en, ro, sv or zh_TW; empty: the course&apos;s)</source>
        <translation>Certifikatets språk (en, ro, sv eller zh_TW; tomt: kursens)</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="288"/>
        <source>Folder for the PDFs</source>
        <translation>Mapp för PDF-filerna</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="291"/>
        <source>Certificate numbers</source>
        <translation>Certifikatnummer</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="292"/>
        <source>Certificates issued now</source>
        <translation>Certifikat utfärdade nu</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="293"/>
        <source>PDF files</source>
        <translation>PDF-filer</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="303"/>
        <source>The certificate type must be attendance or completion, not {}.</source>
        <translation>Certifikattypen måste vara attendance eller completion, inte {}.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="312"/>
        <source>The language must be one of en, ro, sv, zh_TW, not {}.</source>
        <translation>Språket måste vara något av en, ro, sv, zh_TW, inte {}.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="335"/>
        <source>first name</source>
        <translation>förnamn</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="336"/>
        <source>surname</source>
        <translation>efternamn</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="337"/>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="341"/>
        <source>No field of the table looks like the attendees&apos; {}: choose it (fields: {}).</source>
        <translation>Inget fält i tabellen ser ut att innehålla deltagarnas {}: välj det (fält: {}).</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="348"/>
        <source>The table has no field {}.</source>
        <translation>Tabellen har inget fält {}.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="362"/>
        <source>Choose the course by its id (1 or more).</source>
        <translation>Välj kursen med dess id (1 eller högre).</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="371"/>
        <source>Fields: first name {}, surname {}, e-mail {}</source>
        <translation>Fält: förnamn {}, efternamn {}, e-post {}</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="380"/>
        <source>The table has no attendee.</source>
        <translation>Tabellen innehåller inga deltagare.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="393"/>
        <source>The algorithm was cancelled.</source>
        <translation>Algoritmen avbröts.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="397"/>
        <source>The certificates could not be issued on {}.</source>
        <translation>Certifikaten kunde inte utfärdas på {}.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="405"/>
        <source>Not enough credits: {needed} needed, {available} available ({missing} missing). Nothing was added or issued.</source>
        <translation>Inte tillräckligt med krediter: {needed} krävs, {available} tillgängliga ({missing} saknas). Inget har lagts till eller utfärdats.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="420"/>
        <source>Row {}: {}</source>
        <translation>Rad {}: {}</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="422"/>
        <source>… and {} more rows.</source>
        <translation>… och {} rader till.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="423"/>
        <source>Some attendees cannot be imported; nothing was sent:</source>
        <translation>Några deltagare kan inte importeras; inget skickades:</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="441"/>
        <source>{} does not issue certificates through the certification API v1; on certification.qgis.org certificates are issued on the website.</source>
        <translation>{} utfärdar inte certifikat via certifierings-API:t v1; på certification.qgis.org utfärdas certifikat på webbplatsen.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="449"/>
        <source>Course {}: {}</source>
        <translation>Kurs {}: {}</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="461"/>
        <source>{} certificates to issue, {} credits available.</source>
        <translation>{} certifikat att utfärda, {} krediter tillgängliga.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="474"/>
        <source>Line {}: {}</source>
        <translation>Rad {}: {}</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="480"/>
        <source>The server refused the attendees; nothing was imported:</source>
        <translation>Servern avvisade deltagarna; inget importerades:</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="485"/>
        <source>Attendees imported: {}</source>
        <translation>Importerade deltagare: {}</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="504"/>
        <source>Issued: {} (credits spent: {}, balance: {})</source>
        <translation>Utfärdade: {} (förbrukade krediter: {}, saldo: {})</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="515"/>
        <source>Every attendee of the table already has a certificate.</source>
        <translation>Alla deltagare i tabellen har redan ett certifikat.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="575"/>
        <source>The PDF of {} is not ready yet; download it later.</source>
        <translation>PDF-filen för {} är inte klar än; ladda ner den senare.</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="590"/>
        <source>PDF files written: {}</source>
        <translation>Skrivna PDF-filer: {}</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="60"/>
        <source>Attendee name</source>
        <translation>Deltagarens namn</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="60"/>
        <source>Certifying organisation</source>
        <translation>Certifierande organisation</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="60"/>
        <source>Course type</source>
        <translation>Kurstyp</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="60"/>
        <source>Start date (YYYY-MM-DD)</source>
        <translation>Startdatum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="60"/>
        <source>End date (YYYY-MM-DD)</source>
        <translation>Slutdatum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="60"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
</context>
<context>
    <name>CheckResults</name>
    <message>
        <location filename="../gui/applications/check_results.py" line="54"/>
        <source>Shapefile</source>
        <translation>Shapefil</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="55"/>
        <source>Zip archive</source>
        <translation>Zip-arkiv</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="56"/>
        <source>QGIS project</source>
        <translation>QGIS-projekt</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="181"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="75"/>
        <source>Document: not checked by QGIS</source>
        <translation>Dokument: kontrolleras inte av QGIS</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="79"/>
        <source>{kind}: QGIS cannot open it</source>
        <translation>{kind}: QGIS kan inte öppna filen</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="86"/>
        <source>{kind}: no layers QGIS can open</source>
        <translation>{kind}: inga lager som QGIS kan öppna</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/applications/check_results.py" line="88"/>
        <source>{kind}: %n of {total} layers invalid</source>
        <translation>
            <numerusform>{kind}: %n av {total} lager ogiltigt</numerusform>
            <numerusform>{kind}: %n av {total} lager ogiltiga</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/applications/check_results.py" line="97"/>
        <source>{kind}: {width} x {height} pixels, %n band(s), valid</source>
        <translation>
            <numerusform>{kind}: {width} x {height} pixlar, %n band, utan fel</numerusform>
            <numerusform>{kind}: {width} x {height} pixlar, %n band, utan fel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/applications/check_results.py" line="105"/>
        <source>{kind}: 1 layer, %n feature(s), valid</source>
        <translation>
            <numerusform>{kind}: 1 lager, %n objekt, utan fel</numerusform>
            <numerusform>{kind}: 1 lager, %n objekt, utan fel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/applications/check_results.py" line="109"/>
        <source>{kind}: %n layer(s), all valid</source>
        <translation>
            <numerusform>{kind}: %n lager, utan fel</numerusform>
            <numerusform>{kind}: %n lager, alla giltiga</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="116"/>
        <source>QGIS project saved with QGIS {version}</source>
        <translation>QGIS-projekt sparat med QGIS {version}</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="118"/>
        <source>QGIS project saved with an unknown QGIS version</source>
        <translation>QGIS-projekt sparat med en okänd QGIS-version</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="122"/>
        <source>no layers</source>
        <translation>inga lager</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/applications/check_results.py" line="124"/>
        <source>%n of {total} layers missing</source>
        <translation>
            <numerusform>%n av {total} lager saknas</numerusform>
            <numerusform>%n av {total} lager saknas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/applications/check_results.py" line="129"/>
        <source>%n of {total} layers invalid</source>
        <translation>
            <numerusform>%n av {total} lager ogiltigt</numerusform>
            <numerusform>%n av {total} lager ogiltiga</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/applications/check_results.py" line="134"/>
        <source>%n layer(s), all found</source>
        <translation>
            <numerusform>%n lager, hittat</numerusform>
            <numerusform>%n lager, alla hittade</numerusform>
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
        <translation>{name}: saknas</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="154"/>
        <source>{name}: not checked</source>
        <translation>{name}: inte kontrollerat</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="156"/>
        <source>{name}: invalid</source>
        <translation>{name}: ogiltigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/applications/check_results.py" line="162"/>
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n objekt</numerusform>
            <numerusform>%n objekt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="181"/>
        <source>What QGIS found</source>
        <translation>Vad QGIS hittade</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/applications/check_results.py" line="222"/>
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n lager</numerusform>
            <numerusform>%n lager</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictForm</name>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="40"/>
        <source>A commercial competitor</source>
        <translation>En kommersiell konkurrent</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="41"/>
        <source>A colleague (now or recently)</source>
        <translation>En kollega (nu eller nyligen)</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="42"/>
        <source>Family or a close friend</source>
        <translation>Familj eller en nära vän</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="43"/>
        <source>Another reason</source>
        <translation>Annat skäl</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="54"/>
        <source>Conflict of interest</source>
        <translation>Intressekonflikt</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="59"/>
        <source>Before you see the application, declare whether you have a conflict of interest with this organisation: a commercial competitor, a colleague, family. With a conflict you are excluded from this review.</source>
        <translation>Innan du ser ansökan ska du ange om du har en intressekonflikt med den här organisationen: en kommersiell konkurrent, en kollega, familj. Har du en intressekonflikt är du undantagen från granskningen.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="67"/>
        <source>I have no conflict of interest</source>
        <translation>Jag har ingen intressekonflikt</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="69"/>
        <source>I have a conflict of interest</source>
        <translation>Jag har en intressekonflikt</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="85"/>
        <source>Why, in a sentence or two</source>
        <translation>Varför, med en eller två meningar</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="93"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="95"/>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="100"/>
        <source>Send the declaration</source>
        <translation>Skicka jävsdeklarationen</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="121"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="153"/>
        <source>Sending…</source>
        <translation>Skickar…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="199"/>
        <source>Choose the kind of conflict.</source>
        <translation>Välj typ av intressekonflikt.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="201"/>
        <source>Say why, in a sentence or two.</source>
        <translation>Förklara varför med en eller två meningar.</translation>
    </message>
</context>
<context>
    <name>ConvenerForm</name>
    <message>
        <location filename="../gui/training/convener_form.py" line="30"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../gui/training/convener_form.py" line="36"/>
        <source>A signature is on file; choose an image to replace it.</source>
        <translation>En signatur finns redan sparad; välj en bild för att ersätta den.</translation>
    </message>
</context>
<context>
    <name>CourseEditor</name>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Course title</source>
        <translation>Kursens titel</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Course type</source>
        <translation>Kurstyp</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Introduction to QGIS</source>
        <translation>Introduktion till QGIS</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>QGIS version</source>
        <translation>QGIS-version</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Lectures (files)</source>
        <translation>Föreläsningar (filer)</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Lectures (links, one per line)</source>
        <translation>Föreläsningar (länkar, en per rad)</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Exercises (files)</source>
        <translation>Övningar (filer)</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Exercises (links, one per line)</source>
        <translation>Övningar (länkar, en per rad)</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Data (files)</source>
        <translation>Data (filer)</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Data (links, one per line)</source>
        <translation>Data (länkar, en per rad)</translation>
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
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="139"/>
        <source>Course type</source>
        <translation>Kurstyp</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="141"/>
        <source>Training centre</source>
        <translation>Utbildningscenter</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="143"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="144"/>
        <source>Trainer</source>
        <translation>Utbildare</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="145"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="146"/>
        <source>Competence</source>
        <translation>Kompetens</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="89"/>
        <source>(unnamed course)</source>
        <translation>(namnlös kurs)</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="80"/>
        <source>{} km</source>
        <translation>{} km</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="142"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="149"/>
        <source>Distance</source>
        <translation>Avstånd</translation>
    </message>
</context>
<context>
    <name>CourseFinderDock</name>
    <message>
        <location filename="../gui/course_finder_dock.py" line="95"/>
        <source>Find a course</source>
        <translation>Hitta en kurs</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="143"/>
        <source>Search courses, centres, organisations…</source>
        <translation>Sök kurser, center, organisationer…</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="162"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="164"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="166"/>
        <source>Course type</source>
        <translation>Kurstyp</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="168"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="173"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="175"/>
        <source>Untick to show courses from any start date</source>
        <translation>Avmarkera för att visa kurser oavsett startdatum</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="179"/>
        <source>Until</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="181"/>
        <source>Untick to show courses up to any start date</source>
        <translation>Avmarkera för att inte begränsa kursernas senaste startdatum</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="196"/>
        <source>Map centre</source>
        <translation>Kartans mitt</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="197"/>
        <source>Measure distances from the centre of the map</source>
        <translation>Mät avstånd från kartans mitt</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="198"/>
        <source>Pick point</source>
        <translation>Välj punkt</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="200"/>
        <source>Click on the map to measure distances from there</source>
        <translation>Klicka på kartan för att mäta avstånd därifrån</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="225"/>
        <source>Course page</source>
        <translation>Kurssida</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="226"/>
        <source>Open the course&apos;s page on the certification website</source>
        <translation>Öppna kursens sida på certifieringswebbplatsen</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="229"/>
        <source>Organisation website</source>
        <translation>Organisationens webbplats</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="230"/>
        <source>Open the website of the organisation</source>
        <translation>Öppna organisationens webbplats</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="231"/>
        <source>Update</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="232"/>
        <source>Download the latest courses from the server</source>
        <translation>Hämta de senaste kurserna från servern</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="401"/>
        <source>Reading the courses…</source>
        <translation>Läser kurserna…</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="407"/>
        <source>Reading cached QGIS courses</source>
        <translation>Läser cachade QGIS-kurser</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="427"/>
        <source>The cached courses could not be read: {}</source>
        <translation>De cachade kurserna kunde inte läsas: {}</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="442"/>
        <source>Downloading the latest courses…</source>
        <translation>Hämtar de senaste kurserna…</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="456"/>
        <source>Any</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="503"/>
        <source>No upcoming courses in the cache. Click Update to download.</source>
        <translation>Inga kommande kurser i cachen. Klicka på Uppdatera för att hämta dem.</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="505"/>
        <source>No course data yet. Click Update to download the courses.</source>
        <translation>Inga kursdata ännu. Klicka på Uppdatera för att hämta kurserna.</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="507"/>
        <source>{} of {} courses</source>
        <translation>{} av {} kurser</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="574"/>
        <source>Distances: no reference point</source>
        <translation>Avstånd: ingen referenspunkt</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="615"/>
        <source>This course is online: it has no place on the map.</source>
        <translation>Kursen hålls online och har ingen plats på kartan.</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="642"/>
        <source>Zoom to course</source>
        <translation>Zooma till kursen</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="645"/>
        <source>Open course page</source>
        <translation>Öppna kurssidan</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="648"/>
        <source>Open organisation website</source>
        <translation>Öppna organisationens webbplats</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="659"/>
        <source>This course has no page on the certification website.</source>
        <translation>Kursen har ingen sida på certifieringswebbplatsen.</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="687"/>
        <source>Reading QGIS certified organisations</source>
        <translation>Läser QGIS-certifierade organisationer</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="708"/>
        <source>The organisation&apos;s website could not be looked up.</source>
        <translation>Det gick inte att slå upp organisationens webbplats.</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="719"/>
        <source>{} has not published a website address that can be opened.</source>
        <translation>{} har inte publicerat någon webbadress som kan öppnas.</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="221"/>
        <source>Courses found</source>
        <translation>Hittade kurser</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="578"/>
        <source>Distances from the picked point:</source>
        <translation>Avstånd från den valda punkten:</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="580"/>
        <source>Distances from the map centre:</source>
        <translation>Avstånd från kartans mitt:</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="582"/>
        <source>Lon {lon}, Lat {lat}</source>
        <translation>Long. {lon}, lat. {lat}</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="584"/>
        <source>Longitude and latitude in WGS 84 (EPSG:4326)</source>
        <translation>Longitud och latitud i WGS 84 (EPSG:4326)</translation>
    </message>
</context>
<context>
    <name>CoursesEditor</name>
    <message>
        <location filename="../gui/applications/courses.py" line="109"/>
        <source>Training material</source>
        <translation>Utbildningsmaterial</translation>
    </message>
    <message>
        <location filename="../gui/applications/courses.py" line="118"/>
        <source>Add each course you teach with its material: lectures, exercises and data, as files or links.</source>
        <translation>Lägg till varje kurs ni undervisar med dess material: föreläsningar, övningar och data, som filer eller länkar.</translation>
    </message>
    <message>
        <location filename="../gui/applications/courses.py" line="134"/>
        <source>Add course</source>
        <translation>Lägg till kurs</translation>
    </message>
    <message>
        <location filename="../gui/applications/courses.py" line="137"/>
        <source>Remove course</source>
        <translation>Ta bort kurs</translation>
    </message>
    <message>
        <location filename="../gui/applications/courses.py" line="244"/>
        <source>Untitled course</source>
        <translation>Namnlös kurs</translation>
    </message>
</context>
<context>
    <name>CreditsPanel</name>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="94"/>
        <source>Buy credits…</source>
        <translation>Köp krediter…</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="101"/>
        <source>Ledger</source>
        <translation>Transaktioner</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="104"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="104"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="104"/>
        <source>Credits</source>
        <translation>Krediter</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="104"/>
        <source>Balance after</source>
        <translation>Saldo efteråt</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="104"/>
        <source>For</source>
        <translation>Avser</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="109"/>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="112"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="112"/>
        <source>Issued on</source>
        <translation>Utfärdad</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="112"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="112"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="118"/>
        <source>Show…</source>
        <translation>Visa…</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="121"/>
        <source>Save PDF…</source>
        <translation>Spara PDF…</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="177"/>
        <source>Balance: {balance} credits</source>
        <translation>Saldo: {balance} krediter</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="206"/>
        <source>Reading the credits</source>
        <translation>Läser krediterna</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="219"/>
        <source>Balance: {balance} credits · limit: {limit} · available: {available}</source>
        <translation>Saldo: {balance} krediter · kreditgräns: {limit} · tillgängliga: {available}</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/payments/credits_panel.py" line="229"/>
        <source>{price} per credit; a certificate takes %n credit(s).</source>
        <translation>
            <numerusform>{price} per kredit; ett certifikat kostar %n kredit.</numerusform>
            <numerusform>{price} per kredit; ett certifikat kostar %n krediter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="326"/>
        <source>Saved: {path}</source>
        <translation>Sparad: {path}</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="332"/>
        <source>The PDF was not saved: {reason}</source>
        <translation>PDF-filen sparades inte: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="336"/>
        <source>Saving the PDF…</source>
        <translation>Sparar PDF-filen…</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="70"/>
        <source>Import attendees</source>
        <translation>Importera deltagare</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="84"/>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="84"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="84"/>
        <source>Surname</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="84"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="84"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="84"/>
        <source>Errors</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="119"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="131"/>
        <source>comma</source>
        <translation>kommatecken</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="131"/>
        <source>semicolon</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="131"/>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="134"/>
        <source>named columns</source>
        <translation>namngivna kolumner</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="135"/>
        <source>no header: First Name, Surname, Email</source>
        <translation>ingen rubrikrad: förnamn, efternamn, e-post</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="137"/>
        <source>Encoding: {encoding} · Separator: {separator} · Header: {mode}</source>
        <translation>Teckenkodning: {encoding} · Avgränsare: {separator} · Rubrikrad: {mode}</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="156"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="157"/>
        <source>Known attendee</source>
        <translation>Känd deltagare</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="158"/>
        <source>Already on the course</source>
        <translation>Finns redan på kursen</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="159"/>
        <source>Invalid</source>
        <translation>Ogiltig</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="196"/>
        <source>There is no valid row to import.</source>
        <translation>Det finns ingen giltig rad att importera.</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="198"/>
        <source>Correct the file, or tick the box to skip the invalid rows.</source>
        <translation>Rätta filen, eller kryssa i rutan för att hoppa över de ogiltiga raderna.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/csv_import_dialog.py" line="101"/>
        <source>Skip the %n invalid row(s)</source>
        <translation>
            <numerusform>Hoppa över %n ogiltig rad</numerusform>
            <numerusform>Hoppa över de %n ogiltiga raderna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/csv_import_dialog.py" line="144"/>
        <source>%n valid row(s)</source>
        <translation>
            <numerusform>%n giltig rad</numerusform>
            <numerusform>%n giltiga rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/csv_import_dialog.py" line="148"/>
        <source>%n invalid row(s)</source>
        <translation>
            <numerusform>%n ogiltig rad</numerusform>
            <numerusform>%n ogiltiga rader</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <location filename="../qgis_io/downloads.py" line="253"/>
        <source>The file {path} cannot be written: {reason}</source>
        <translation>Filen {path} kan inte skrivas: {reason}</translation>
    </message>
    <message>
        <location filename="../qgis_io/downloads.py" line="398"/>
        <source>The file cannot be written: {reason}</source>
        <translation>Filen kan inte skrivas: {reason}</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <location filename="../qgis_io/drafts.py" line="142"/>
        <source>The draft could not be saved to {path}: {reason}</source>
        <translation>Utkastet kunde inte sparas i {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../qgis_io/drafts.py" line="416"/>
        <source>The draft could not be saved: {}</source>
        <translation>Utkastet kunde inte sparas: {}</translation>
    </message>
</context>
<context>
    <name>EntityTab</name>
    <message>
        <location filename="../gui/training/entity_tab.py" line="85"/>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <location filename="../gui/training/entity_tab.py" line="86"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location filename="../gui/training/entity_tab.py" line="87"/>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location filename="../gui/training/entity_tab.py" line="96"/>
        <source>Open the website</source>
        <translation>Öppna webbplatsen</translation>
    </message>
    <message>
        <location filename="../gui/training/entity_tab.py" line="99"/>
        <source>Sign in…</source>
        <translation>Logga in…</translation>
    </message>
</context>
<context>
    <name>FieldMappingDialog</name>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="86"/>
        <source>Attendees from a layer</source>
        <translation>Deltagare från ett lager</translation>
    </message>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="92"/>
        <source>Layer</source>
        <translation>Lager</translation>
    </message>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="112"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="112"/>
        <source>Surname</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="112"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="106"/>
        <source>Selected features only</source>
        <translation>Endast markerade objekt</translation>
    </message>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="123"/>
        <source>Preview the import</source>
        <translation>Förhandsgranska importen</translation>
    </message>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="189"/>
        <source>Choose a layer or table with the attendees.</source>
        <translation>Välj ett lager eller en tabell med deltagarna.</translation>
    </message>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="191"/>
        <source>Choose the field of each of the three columns.</source>
        <translation>Välj fält för var och en av de tre kolumnerna.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/field_mapping_dialog.py" line="199"/>
        <source>%n feature(s) to import</source>
        <translation>
            <numerusform>%n objekt att importera</numerusform>
            <numerusform>%n objekt att importera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="206"/>
        <source>At most {n} rows are imported at once.</source>
        <translation>Högst {n} rader importeras åt gången.</translation>
    </message>
</context>
<context>
    <name>FormBinder</name>
    <message>
        <location filename="../gui/base/form_binder.py" line="330"/>
        <source>Row {row}</source>
        <translation>Rad {row}</translation>
    </message>
    <message>
        <location filename="../gui/base/form_binder.py" line="332"/>
        <source>Row {row}, {column}</source>
        <translation>Rad {row}, {column}</translation>
    </message>
</context>
<context>
    <name>FormMessages</name>
    <message>
        <location filename="../gui/base/form_messages.py" line="21"/>
        <source>This field is required.</source>
        <translation>Fältet är obligatoriskt.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="22"/>
        <source>This box must be ticked.</source>
        <translation>Rutan måste kryssas i.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="23"/>
        <source>Add at least one row.</source>
        <translation>Lägg till minst en rad.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="24"/>
        <source>Use at most {max} characters (now {n}).</source>
        <translation>Använd högst {max} tecken (nu {n}).</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="25"/>
        <source>Use a single line.</source>
        <translation>Använd en enda rad.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="26"/>
        <source>Enter an e-mail address such as name@example.org.</source>
        <translation>Ange en e-postadress, till exempel name@example.org.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="27"/>
        <source>Enter a web address starting with http:// or https://.</source>
        <translation>Ange en webbadress som börjar med http:// eller https://.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="28"/>
        <source>Enter a whole number.</source>
        <translation>Ange ett heltal.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="29"/>
        <source>Enter {min} or more.</source>
        <translation>Ange {min} eller mer.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="30"/>
        <source>Enter {max} or less.</source>
        <translation>Ange {max} eller mindre.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="31"/>
        <source>Choose one of the listed values.</source>
        <translation>Välj ett av de listade värdena.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="32"/>
        <source>Tick or untick the box.</source>
        <translation>Kryssa i eller ur rutan.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="33"/>
        <source>Enter a date (YYYY-MM-DD).</source>
        <translation>Ange ett datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="34"/>
        <source>Enter {min} or later.</source>
        <translation>Ange {min} eller senare.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="35"/>
        <source>Enter {max} or earlier.</source>
        <translation>Ange {max} eller tidigare.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="36"/>
        <source>Expected a list of rows.</source>
        <translation>En lista med rader förväntades.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="37"/>
        <source>Add at least {min} rows.</source>
        <translation>Lägg till minst {min} rader.</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="38"/>
        <source>Use at most {max} rows.</source>
        <translation>Använd högst {max} rader.</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="63"/>
        <source>The server did not send a PDF.</source>
        <translation>Servern skickade ingen PDF.</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="68"/>
        <source>Saving the invoice&apos;s PDF</source>
        <translation>Sparar fakturans PDF</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="72"/>
        <source>Save the invoice as PDF</source>
        <translation>Spara fakturan som PDF</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="72"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="95"/>
        <source>Invoice {number}</source>
        <translation>Faktura {number}</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="108"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="109"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="110"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="116"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="117"/>
        <source>Issued on</source>
        <translation>Utfärdad</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="119"/>
        <source>Paid on</source>
        <translation>Betald</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="121"/>
        <source>Due on</source>
        <translation>Förfallodatum</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="126"/>
        <source>Beneficiary</source>
        <translation>Mottagare</translation>
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
        <translation>Referens</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="131"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="150"/>
        <source>Pay by bank transfer with this reference, or scan the QR code with your banking app. The credits arrive once the transfer is booked.</source>
        <translation>Betala med banköverföring och ange den här referensen, eller skanna QR-koden med din bankapp. Krediterna kommer när överföringen har bokförts.</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="160"/>
        <source>Save PDF…</source>
        <translation>Spara PDF…</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="181"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="194"/>
        <source>Copied: {text}</source>
        <translation>Kopierat: {text}</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="218"/>
        <source>The QR code could not be read.</source>
        <translation>QR-koden kunde inte läsas.</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="212"/>
        <source>Reading the QR code…</source>
        <translation>Läser QR-koden…</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="213"/>
        <source>Reading the QR code</source>
        <translation>Läser QR-koden</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="244"/>
        <source>Saved: {path}</source>
        <translation>Sparad: {path}</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="250"/>
        <source>The PDF was not saved: {reason}</source>
        <translation>PDF-filen sparades inte: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="254"/>
        <source>Saving the PDF…</source>
        <translation>Sparar PDF-filen…</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="108"/>
        <source>Issue certificates</source>
        <translation>Utfärda certifikat</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="126"/>
        <source>Defaults for all:</source>
        <translation>Standardval för alla:</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="131"/>
        <source>Apply to every row</source>
        <translation>Tillämpa på alla rader</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="140"/>
        <source>Attendee</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="140"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="140"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="140"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="148"/>
        <source>Every attendee of this course holds a certificate.</source>
        <translation>Alla deltagare i den här kursen har ett certifikat.</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="160"/>
        <source>Issue</source>
        <translation>Utfärda</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="259"/>
        <source>{certificates} = {credits} = {price} · balance after: {after}</source>
        <translation>{certificates} = {credits} = {price} · saldo efteråt: {after}</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/issue_dialog.py" line="276"/>
        <source>%n more credit(s) needed</source>
        <translation>
            <numerusform>Ytterligare %n kredit krävs</numerusform>
            <numerusform>Ytterligare %n krediter krävs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="285"/>
        <source>Tick the attendees to certify.</source>
        <translation>Kryssa i de deltagare som ska certifieras.</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="391"/>
        <source>Issuing the certificates…</source>
        <translation>Utfärdar certifikaten…</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/issue_dialog.py" line="392"/>
        <source>Issuing %n certificate(s)</source>
        <translation>
            <numerusform>Utfärdar %n certifikat</numerusform>
            <numerusform>Utfärdar %n certifikat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/issue_dialog.py" line="405"/>
        <source>%n certificate(s) issued.</source>
        <translation>
            <numerusform>%n certifikat har utfärdats.</numerusform>
            <numerusform>%n certifikat har utfärdats.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="411"/>
        <source>Credits left: {n}</source>
        <translation>Återstående krediter: {n}</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="420"/>
        <source>Cancelled; nothing was issued.</source>
        <translation>Avbrutet; inget utfärdades.</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="438"/>
        <source>Not issued: {reason}</source>
        <translation>Inte utfärdat: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="431"/>
        <source>The answer did not arrive: {reason}
Issue again to retry; the server recognises the same batch and charges it once.</source>
        <translation>Svaret kom inte fram: {reason}
Utfärda igen för att försöka på nytt; servern känner igen samma omgång och debiterar den bara en gång.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/issue_dialog.py" line="249"/>
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certifikat</numerusform>
            <numerusform>%n certifikat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/issue_dialog.py" line="255"/>
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n kredit</numerusform>
            <numerusform>%n krediter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/issue_dialog.py" line="292"/>
        <source>Buy %n credit(s)…</source>
        <translation>
            <numerusform>Köp %n kredit…</numerusform>
            <numerusform>Köp %n krediter…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="352"/>
        <source>Reading the credit balance</source>
        <translation>Läser kreditsaldot</translation>
    </message>
</context>
<context>
    <name>MaterialChecks</name>
    <message>
        <location filename="../qgis_io/check_report.py" line="65"/>
        <source>The check was cancelled.</source>
        <translation>Kontrollen avbröts.</translation>
    </message>
    <message>
        <location filename="../qgis_io/check_report.py" line="112"/>
        <source>{n} more layers are not listed.</source>
        <translation>Ytterligare {n} lager visas inte i listan.</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="96"/>
        <source>The check of this file failed; see the log.</source>
        <translation>Kontrollen av filen misslyckades; se loggen.</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="106"/>
        <source>The file is not there any more.</source>
        <translation>Filen finns inte längre.</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="109"/>
        <source>The file is too large to be checked.</source>
        <translation>Filen är för stor för att kontrolleras.</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="139"/>
        <source>The file cannot be read: {reason}</source>
        <translation>Filen kan inte läsas: {reason}</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="137"/>
        <source>The file&apos;s content does not match its extension.</source>
        <translation>Filens innehåll stämmer inte med dess filändelse.</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="155"/>
        <source>QGIS cannot open {file} as data.</source>
        <translation>QGIS kan inte öppna {file} som data.</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="149"/>
        <source>The check took too long; {n} layers were not checked.</source>
        <translation>Kontrollen tog för lång tid; {n} lager kontrollerades inte.</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="184"/>
        <source>Layer “{name}” does not open in QGIS.</source>
        <translation>Lagret ”{name}” går inte att öppna i QGIS.</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="191"/>
        <source>Layer “{name}” has no coordinate reference system.</source>
        <translation>Lagret ”{name}” har inget koordinatreferenssystem.</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="197"/>
        <source>Layer “{name}” has no features.</source>
        <translation>Lagret ”{name}” har inga objekt.</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="212"/>
        <source>The shapefile {file} lacks its {missing} file.</source>
        <translation>Shapefilen {file} saknar sin {missing}-fil.</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="231"/>
        <source>The zip archive is damaged or incomplete.</source>
        <translation>Zip-arkivet är skadat eller ofullständigt.</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="236"/>
        <source>The archive holds paths outside its folder, such as {name}.</source>
        <translation>Arkivet innehåller sökvägar utanför sin mapp, till exempel {name}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="244"/>
        <source>Only the first {n} data files in the archive were opened.</source>
        <translation>Endast de första {n} datafilerna i arkivet öppnades.</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="317"/>
        <source>Checking training material with QGIS</source>
        <translation>Kontrollerar utbildningsmaterial med QGIS</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="130"/>
        <source>The file is not a QGIS project that QGIS can read.</source>
        <translation>Filen är inte ett QGIS-projekt som QGIS kan läsa.</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="133"/>
        <source>The .qgz archive is damaged or incomplete.</source>
        <translation>.qgz-arkivet är skadat eller ofullständigt.</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="136"/>
        <source>The .qgz archive holds no .qgs project file.</source>
        <translation>.qgz-arkivet innehåller ingen .qgs-projektfil.</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="180"/>
        <source>The project does not say which QGIS version saved it.</source>
        <translation>Projektet anger inte vilken QGIS-version som sparade det.</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="187"/>
        <source>The project was saved with QGIS {saved}, newer than this QGIS ({running}); it may not open fully in older versions.</source>
        <translation>Projektet sparades med QGIS {saved}, som är nyare än denna QGIS ({running}); det kanske inte öppnas helt i äldre versioner.</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="227"/>
        <source>Layer “{name}” is not a local file ({provider}); not checked.</source>
        <translation>Lagret ”{name}” är inte en lokal fil ({provider}); kontrolleras inte.</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="238"/>
        <source>Layer “{name}” uses an absolute path; it will not be found on another computer. Save the project with relative paths.</source>
        <translation>Lagret ”{name}” använder en absolut sökväg; det hittas inte på en annan dator. Spara projektet med relativa sökvägar.</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="250"/>
        <source>Layer “{name}”: its file {file} is missing.</source>
        <translation>Lagret ”{name}”: dess fil {file} saknas.</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="265"/>
        <source>Layer “{name}”: its file is there but QGIS cannot open it.</source>
        <translation>Lagret ”{name}”: dess fil finns, men QGIS kan inte öppna den.</translation>
    </message>
</context>
<context>
    <name>OpenMaterial</name>
    <message>
        <location filename="../qgis_io/open_material.py" line="136"/>
        <source>Review: {organisation}</source>
        <translation>Granskning: {organisation}</translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="186"/>
        <source>Opening the project {name} replaces the project open now ({current}). Open it?</source>
        <translation>Om du öppnar projektet {name} ersätts projektet som är öppet nu ({current}). Vill du öppna det?</translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="189"/>
        <source>Opening the project {name} replaces the project open now. Open it?</source>
        <translation>Om du öppnar projektet {name} ersätts projektet som är öppet nu. Vill du öppna det?</translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="249"/>
        <source>QGIS cannot open {name} as data.</source>
        <translation>QGIS kan inte öppna {name} som data.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qgis_io/open_material.py" line="251"/>
        <source>{name}: %n layer(s) added to the group “{group}”.</source>
        <translation>
            <numerusform>{name}: %n lager har lagts till i gruppen ”{group}”.</numerusform>
            <numerusform>{name}: %n lager har lagts till i gruppen ”{group}”.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="259"/>
        <source>Open a QGIS project</source>
        <translation>Öppna ett QGIS-projekt</translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="260"/>
        <source>The project {name} was not opened.</source>
        <translation>Projektet {name} öppnades inte.</translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="263"/>
        <source>QGIS could not open the project {name}.</source>
        <translation>QGIS kunde inte öppna projektet {name}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="266"/>
        <source>The project {name} is open.</source>
        <translation>Projektet {name} är öppet.</translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="269"/>
        <source>No application opens {name}; it is saved in {folder}.</source>
        <translation>Inget program kan öppna {name}; filen har sparats i {folder}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="275"/>
        <source>{name} opened in its viewer.</source>
        <translation>{name} öppnades i sitt visningsprogram.</translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="276"/>
        <source>QGIS does not open files like {name}; it is saved in {folder}.</source>
        <translation>QGIS öppnar inte filer som {name}; filen har sparats i {folder}.</translation>
    </message>
</context>
<context>
    <name>OpinionForm</name>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="55"/>
        <source>Recommendation</source>
        <translation>Rekommendation</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="56"/>
        <source>Reason (required when it differs from the proposal)</source>
        <translation>Skäl (krävs när det avviker från förslaget)</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="59"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="60"/>
        <source>Approve</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="61"/>
        <source>Changes requested</source>
        <translation>Ändringar begärda</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="62"/>
        <source>Reject</source>
        <translation>Avslå</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="77"/>
        <source>Proposed: {recommendation}</source>
        <translation>Förslag: {recommendation}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="77"/>
        <source>not yet (too few reviews)</source>
        <translation>inget än (för få granskningar)</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="82"/>
        <source>Median total {total}; {threshold} needed.</source>
        <translation>Totalsummans median {total}; {threshold} krävs.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="93"/>
        <source>Minimums not met: {criteria}</source>
        <translation>Minimikrav som inte uppfylls: {criteria}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="95"/>
        <source>Every minimum is met.</source>
        <translation>Alla minimikrav är uppfyllda.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="96"/>
        <source>Reviews submitted: {submitted} of {needed} needed.</source>
        <translation>Inskickade granskningar: {submitted} av {needed} som krävs.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="107"/>
        <source>Recorded: {recommendation} by {by}, {at}.</source>
        <translation>Registrerat: {recommendation} av {by}, {at}.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="113"/>
        <source>The proposal was overridden: {reason}</source>
        <translation>Förslaget frångicks: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="151"/>
        <source>Record the opinion</source>
        <translation>Registrera yttrandet</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="157"/>
        <source>Invite a reviewer to the group</source>
        <translation>Bjud in en granskare till gruppen</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="162"/>
        <source>Send the invitation</source>
        <translation>Skicka inbjudan</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="190"/>
        <source>Reading the opinion…</source>
        <translation>Läser yttrandet…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="210"/>
        <source>Reading the opinion</source>
        <translation>Läser yttrandet</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="230"/>
        <source>No group gives an opinion on it.</source>
        <translation>Ingen grupp lämnar något yttrande om den.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="272"/>
        <source>The opinion can be recorded once enough reviews are submitted.</source>
        <translation>Yttrandet kan registreras när tillräckligt många granskningar har skickats in.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="287"/>
        <source>Say why the opinion differs from the proposal.</source>
        <translation>Förklara varför yttrandet avviker från förslaget.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="313"/>
        <source>Recording the opinion</source>
        <translation>Registrerar yttrandet</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="321"/>
        <source>The group&apos;s opinion was recorded.</source>
        <translation>Gruppens yttrande har registrerats.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="327"/>
        <source>The server did not accept it; see the marked fields.</source>
        <translation>Servern godtog det inte; se de markerade fälten.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="350"/>
        <source>An invitation was sent to {email}; it is valid until {expires}.</source>
        <translation>En inbjudan har skickats till {email}; den gäller till {expires}.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="362"/>
        <source>Sending the invitation</source>
        <translation>Skickar inbjudan</translation>
    </message>
</context>
<context>
    <name>PaymentsTexts</name>
    <message>
        <location filename="../gui/payments/texts.py" line="18"/>
        <source>Top-up</source>
        <translation>Påfyllning</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="19"/>
        <source>Grant</source>
        <translation>Tilldelning</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="20"/>
        <source>Certificate</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="21"/>
        <source>Refund</source>
        <translation>Återbetalning</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="22"/>
        <source>Reversal</source>
        <translation>Återföring</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="23"/>
        <source>Adjustment</source>
        <translation>Justering</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="29"/>
        <source>Card (online payment)</source>
        <translation>Kort (onlinebetalning)</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="30"/>
        <source>Invoice (bank transfer)</source>
        <translation>Faktura (banköverföring)</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="36"/>
        <source>Receipt</source>
        <translation>Kvitto</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="37"/>
        <source>Bank transfer</source>
        <translation>Banköverföring</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="38"/>
        <source>Usage</source>
        <translation>Förbrukning</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="45"/>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="46"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="47"/>
        <source>Pending</source>
        <translation>Väntande</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="49"/>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="50"/>
        <source>Failed</source>
        <translation>Misslyckad</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="51"/>
        <source>Expired</source>
        <translation>Utgången</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="52"/>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="53"/>
        <source>Refunded</source>
        <translation>Återbetald</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="54"/>
        <source>Void</source>
        <translation>Makulerad</translation>
    </message>
</context>
<context>
    <name>PluginSettings</name>
    <message>
        <location filename="../qgis_io/settings.py" line="47"/>
        <source>The server URL is empty.</source>
        <translation>Serverns URL är tom.</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="49"/>
        <source>The server URL must not contain spaces.</source>
        <translation>Serverns URL får inte innehålla mellanslag.</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="52"/>
        <source>The server URL must start with http:// or https://.</source>
        <translation>Serverns URL måste börja med http:// eller https://.</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="73"/>
        <source>The server URL is not a valid URL.</source>
        <translation>Serverns URL är inte en giltig URL.</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="60"/>
        <source>Do not put a user name or password in the server URL; use an authentication configuration instead.</source>
        <translation>Lägg inte in användarnamn eller lösenord i serverns URL; använd en autentiseringskonfiguration i stället.</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="67"/>
        <source>The server URL must not contain a query or a fragment.</source>
        <translation>Serverns URL får inte innehålla en fråga eller ett fragment.</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="69"/>
        <source>The server URL has no host name.</source>
        <translation>Serverns URL saknar värdnamn.</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="80"/>
        <source>The authentication configuration id is not valid.</source>
        <translation>Autentiseringskonfigurationens id är inte giltigt.</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="89"/>
        <source>&apos;{}&apos; is not a two-letter country code (ISO 3166-1 alpha-2).</source>
        <translation>'{}' är inte en landskod med två bokstäver (ISO 3166-1 alpha-2).</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="166"/>
        <source>The cache age must be a whole number of hours from {} to {}.</source>
        <translation>Cachens ålder måste vara ett heltal timmar från {} till {}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="185"/>
        <source>The request timeout must be a whole number of seconds from {} to {}.</source>
        <translation>Tidsgränsen för begäranden måste vara ett heltal sekunder från {} till {}.</translation>
    </message>
</context>
<context>
    <name>PscPanel</name>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="56"/>
        <source>Remarks</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="57"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="58"/>
        <source>Rationale</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="59"/>
        <source>Approve</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="60"/>
        <source>Reject</source>
        <translation>Avslå</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="61"/>
        <source>Request changes</source>
        <translation>Begär ändringar</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="99"/>
        <source>Routed to {groups}</source>
        <translation>Skickad till {groups}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="99"/>
        <source>Routed to the PSC</source>
        <translation>Skickad till PSC</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="108"/>
        <source>Routed {routed}; due {due}.</source>
        <translation>Skickad {routed}; ska vara klar {due}.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="114"/>
        <source>Escalated {when}.</source>
        <translation>Överlämnad till PSC {when}.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="125"/>
        <source>Appeal submitted {when}.</source>
        <translation>Överklagande inlämnat {when}.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="126"/>
        <source>Criteria to re-examine: {criteria}</source>
        <translation>Kriterier att pröva på nytt: {criteria}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="127"/>
        <source>New evidence:</source>
        <translation>Nya underlag:</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="133"/>
        <source>Outcome: {outcome}</source>
        <translation>Utfall: {outcome}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="169"/>
        <source>Screening</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="178"/>
        <source>Accept for review</source>
        <translation>Godta för granskning</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="178"/>
        <source>Send back for changes</source>
        <translation>Skicka tillbaka för ändringar</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="178"/>
        <source>Reject as ineligible</source>
        <translation>Avslå som ej behörig</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="191"/>
        <source>Reviews side by side</source>
        <translation>Granskningar sida vid sida</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="200"/>
        <source>The groups&apos; opinions</source>
        <translation>Gruppernas yttranden</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="207"/>
        <source>Appeal</source>
        <translation>Överklagande</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="214"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="219"/>
        <source>Record the decision</source>
        <translation>Registrera beslutet</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="266"/>
        <source>Reading the application's review…</source>
        <translation>Läser granskningen av ansökan…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="300"/>
        <source>Reading the review</source>
        <translation>Läser granskningen</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="318"/>
        <source>State: {state}</source>
        <translation>Status: {state}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="332"/>
        <source>Say what the applicant should know.</source>
        <translation>Skriv vad den sökande behöver veta.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="348"/>
        <source>Screening recorded.</source>
        <translation>Förhandsgranskningen har registrerats.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="357"/>
        <source>Screening the application</source>
        <translation>Förhandsgranskar ansökan</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="376"/>
        <source>No review is submitted yet.</source>
        <translation>Ingen granskning har skickats in än.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="378"/>
        <source>Reviews still being written: {n}</source>
        <translation>Granskningar som fortfarande skrivs: {n}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="399"/>
        <source>No opinion yet.</source>
        <translation>Inget yttrande än.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="417"/>
        <source>Decided: {outcome} by {by}, {at}.</source>
        <translation>Beslutat: {outcome} av {by}, {at}.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="423"/>
        <source>(on appeal)</source>
        <translation>(efter överklagande)</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="494"/>
        <source>Recording the decision</source>
        <translation>Registrerar beslutet</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="504"/>
        <source>The decision was recorded.</source>
        <translation>Beslutet har registrerats.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="510"/>
        <source>The server did not accept it; see the marked fields.</source>
        <translation>Servern godtog det inte; se de markerade fälten.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="513"/>
        <source>Not recorded; what you typed is kept. {error}</source>
        <translation>Inte registrerat; det du skrev finns kvar. {error}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="84"/>
        <source>No user group in the organisation&apos;s country can review it.</source>
        <translation>Ingen användargrupp i organisationens land kan granska den.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="85"/>
        <source>The country&apos;s user groups have too few members to review it.</source>
        <translation>Användargrupperna i landet har för få medlemmar för att granska den.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="86"/>
        <source>Too few reviewers are free of a conflict of interest.</source>
        <translation>För få granskare är fria från intressekonflikt.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="87"/>
        <source>The review period ended without the user group&apos;s opinion.</source>
        <translation>Granskningsperioden tog slut utan användargruppens yttrande.</translation>
    </message>
</context>
<context>
    <name>RefreshTask</name>
    <message>
        <location filename="../layers/refresh.py" line="91"/>
        <source>Loading QGIS Certification layers</source>
        <translation>Läser in QGIS-certifieringslager</translation>
    </message>
    <message>
        <location filename="../layers/refresh.py" line="147"/>
        <source>The certified organisations layer was skipped: QGIS&apos;s world map ({}) is not installed.</source>
        <translation>Lagret med certifierade organisationer hoppades över: QGIS världskarta ({}) är inte installerad.</translation>
    </message>
    <message>
        <location filename="../layers/refresh.py" line="278"/>
        <source>The refresh was cancelled.</source>
        <translation>Uppdateringen avbröts.</translation>
    </message>
    <message>
        <location filename="../layers/refresh.py" line="296"/>
        <source>The certification layers are up to date.</source>
        <translation>Certifieringslagren är aktuella.</translation>
    </message>
    <message>
        <location filename="../layers/refresh.py" line="302"/>
        <source>Certification layers updated: {} training centres, {} upcoming courses, {} certified organisations.</source>
        <translation>Certifieringslagren uppdaterades: {} utbildningscenter, {} kommande kurser, {} certifierade organisationer.</translation>
    </message>
    <message>
        <location filename="../layers/refresh.py" line="321"/>
        <source>The refresh of the certification layers was cancelled.</source>
        <translation>Uppdateringen av certifieringslagren avbröts.</translation>
    </message>
    <message>
        <location filename="../layers/refresh.py" line="332"/>
        <source>Could not update the certification layers. {}
{}</source>
        <translation>Det gick inte att uppdatera certifieringslagren. {}
{}</translation>
    </message>
    <message>
        <location filename="../layers/refresh.py" line="332"/>
        <source>The layers keep their cached data.</source>
        <translation>Lagren behåller sina cachade data.</translation>
    </message>
</context>
<context>
    <name>ReviewApplicationView</name>
    <message>
        <location filename="../gui/reviews/application_view.py" line="45"/>
        <source>Application</source>
        <translation>Ansökan</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_view.py" line="46"/>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_view.py" line="47"/>
        <source>Opinion</source>
        <translation>Yttrande</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_view.py" line="48"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_view.py" line="111"/>
        <source>← Queue</source>
        <translation>← Kö</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_view.py" line="164"/>
        <source>Application {id}</source>
        <translation>Ansökan {id}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_view.py" line="168"/>
        <source>round {n}</source>
        <translation>omgång {n}</translation>
    </message>
</context>
<context>
    <name>ReviewDock</name>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="62"/>
        <source>Nothing is waiting for you to review.</source>
        <translation>Inget väntar på din granskning.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reviews/review_dock.py" line="66"/>
        <source>%n application to review</source>
        <translation>
            <numerusform>%n ansökan att granska</numerusform>
            <numerusform>%n ansökningar att granska</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reviews/review_dock.py" line="68"/>
        <source>%n applications to review</source>
        <translation>
            <numerusform>%n ansökan att granska</numerusform>
            <numerusform>%n ansökningar att granska</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="71"/>
        <source>{count} due today</source>
        <translation>{count} med sista dag i dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reviews/review_dock.py" line="73"/>
        <source>{count} due in %n day</source>
        <translation>
            <numerusform>{count} med sista dag om %n dag</numerusform>
            <numerusform>{count} med sista dag om %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reviews/review_dock.py" line="79"/>
        <source>{count} due in %n days</source>
        <translation>
            <numerusform>{count} med sista dag om %n dag</numerusform>
            <numerusform>{count} med sista dag om %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reviews/review_dock.py" line="85"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
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
        <translation>Granska ansökningar</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="144"/>
        <source>reviews</source>
        <translation>granskningar</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="336"/>
        <source>Connecting to the certification server…</source>
        <translation>Ansluter till certifieringsservern…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="154"/>
        <source>Sign in…</source>
        <translation>Logga in…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="224"/>
        <source>Reading the review queue</source>
        <translation>Läser granskningskön</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="246"/>
        <source>Your sign-in is no longer accepted; sign in again.</source>
        <translation>Din inloggning godtas inte längre; logga in igen.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="233"/>
        <source>The review queue could not be read. {error}</source>
        <translation>Granskningskön kunde inte läsas. {error}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="237"/>
        <source>The certification server could not be reached.</source>
        <translation>Det gick inte att nå certifieringsservern.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="246"/>
        <source>Sign in to the certification server to see what waits for your review.</source>
        <translation>Logga in på certifieringsservern för att se vad som väntar på din granskning.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="374"/>
        <source>Not on the map (no outline for these codes): {codes}</source>
        <translation>Inte på kartan (inga gränser för dessa koder): {codes}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="380"/>
        <source>The map shows the applications under review per country.</source>
        <translation>Kartan visar ansökningarna under granskning per land.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="382"/>
        <source>Building the map of reviews</source>
        <translation>Skapar kartan över granskningar</translation>
    </message>
</context>
<context>
    <name>ReviewMap</name>
    <message>
        <location filename="../qgis_io/review_map.py" line="58"/>
        <source>Applications under review</source>
        <translation>Ansökningar under granskning</translation>
    </message>
    <message>
        <location filename="../qgis_io/review_map.py" line="118"/>
        <source>With overdue reviews</source>
        <translation>Med försenade granskningar</translation>
    </message>
    <message>
        <location filename="../qgis_io/review_map.py" line="125"/>
        <source>1 application</source>
        <translation>1 ansökan</translation>
    </message>
    <message>
        <location filename="../qgis_io/review_map.py" line="126"/>
        <source>2 or 3 applications</source>
        <translation>2 eller 3 ansökningar</translation>
    </message>
    <message>
        <location filename="../qgis_io/review_map.py" line="127"/>
        <source>4 or more applications</source>
        <translation>4 eller fler ansökningar</translation>
    </message>
    <message>
        <location filename="../qgis_io/review_map.py" line="180"/>
        <source>under review</source>
        <translation>under granskning</translation>
    </message>
    <message>
        <location filename="../qgis_io/review_map.py" line="180"/>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="53"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="53"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="53"/>
        <source>Round</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="53"/>
        <source>Routed to</source>
        <translation>Skickad till</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="53"/>
        <source>Due</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="53"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="53"/>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="66"/>
        <source>Screen</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="67"/>
        <source>Declare conflicts</source>
        <translation>Ange intressekonflikter</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="68"/>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="69"/>
        <source>Group opinion</source>
        <translation>Gruppens yttrande</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="70"/>
        <source>Decide</source>
        <translation>Besluta</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="71"/>
        <source>Decide the appeal</source>
        <translation>Avgör överklagandet</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="72"/>
        <source>Nothing to do</source>
        <translation>Inget att göra</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="78"/>
        <source>Submitted</source>
        <translation>Inskickad</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="79"/>
        <source>Resubmitted</source>
        <translation>Inskickad igen</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="80"/>
        <source>Screening</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="81"/>
        <source>Under review</source>
        <translation>Under granskning</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="82"/>
        <source>Appealed</source>
        <translation>Överklagad</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="83"/>
        <source>Changes requested</source>
        <translation>Ändringar begärda</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="84"/>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="85"/>
        <source>Rejected</source>
        <translation>Avslagen</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="86"/>
        <source>Withdrawn</source>
        <translation>Tillbakadragen</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="101"/>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reviews/queue_page.py" line="103"/>
        <source>overdue by %n day</source>
        <translation>
            <numerusform>försenad med %n dag</numerusform>
            <numerusform>försenad med %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reviews/queue_page.py" line="104"/>
        <source>overdue by %n days</source>
        <translation>
            <numerusform>försenad med %n dag</numerusform>
            <numerusform>försenad med %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="106"/>
        <source>due today</source>
        <translation>sista dag i dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reviews/queue_page.py" line="108"/>
        <source>due in %n day</source>
        <translation>
            <numerusform>sista dag om %n dag</numerusform>
            <numerusform>sista dag om %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reviews/queue_page.py" line="109"/>
        <source>due in %n days</source>
        <translation>
            <numerusform>sista dag om %n dag</numerusform>
            <numerusform>sista dag om %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="114"/>
        <source>PSC (escalated)</source>
        <translation>PSC (överlämnad)</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="114"/>
        <source>PSC</source>
        <translation>PSC</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="116"/>
        <source>User group</source>
        <translation>Användargrupp</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="210"/>
        <source>Overdue only</source>
        <translation>Endast försenade</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="215"/>
        <source>Escalated only</source>
        <translation>Endast överlämnade till PSC</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="217"/>
        <source>Applications sent on to the PSC</source>
        <translation>Ansökningar som har överlämnats till PSC</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="250"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="253"/>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="256"/>
        <source>Show on map</source>
        <translation>Visa på kartan</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="258"/>
        <source>A layer of the applications under review per country</source>
        <translation>Ett lager med ansökningarna under granskning per land</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="277"/>
        <source>All tasks</source>
        <translation>Alla uppgifter</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="286"/>
        <source>All countries</source>
        <translation>Alla länder</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="331"/>
        <source>Nothing is waiting for you.</source>
        <translation>Inget väntar på dig.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="333"/>
        <source>No application matches the filters.</source>
        <translation>Ingen ansökan matchar filtren.</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <location filename="../gui/base/rows_table.py" line="88"/>
        <source>Add row</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <location filename="../gui/base/rows_table.py" line="90"/>
        <source>Remove row</source>
        <translation>Ta bort rad</translation>
    </message>
</context>
<context>
    <name>RubricForm</name>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="73"/>
        <source>Choose a score.</source>
        <translation>Välj poäng.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="74"/>
        <source>Choose a score from 0 to {max}.</source>
        <translation>Välj poäng från 0 till {max}.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="75"/>
        <source>This criterion is not in the rubric.</source>
        <translation>Kriteriet finns inte i bedömningsmallen.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="76"/>
        <source>Explain your scores.</source>
        <translation>Motivera dina poäng.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="77"/>
        <source>Choose a recommendation.</source>
        <translation>Välj en rekommendation.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="84"/>
        <source>Justification</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="85"/>
        <source>Recommendation</source>
        <translation>Rekommendation</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="86"/>
        <source>Approve</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="87"/>
        <source>Changes requested</source>
        <translation>Ändringar begärda</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="88"/>
        <source>Reject</source>
        <translation>Avslå</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="161"/>
        <source>Submit review</source>
        <translation>Skicka in granskningen</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="170"/>
        <source>The other reviews</source>
        <translation>De andra granskningarna</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="188"/>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="188"/>
        <source>{title} (minimum {minimum})</source>
        <translation>{title} (minst {minimum})</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="188"/>
        <source>Your recommendation</source>
        <translation>Din rekommendation</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="224"/>
        <source>Score each criterion from 0 to {max}; a score below a criterion&apos;s minimum fails it however high the total. {pass_total} of {max_total} passes. Rubric version {version}.</source>
        <translation>Ge varje kriterium 0 till {max} poäng; under kriteriets minimikrav blir det underkänt oavsett hur hög totalsumman är. {pass_total} av {max_total} räcker för godkänt. Bedömningsmallens version: {version}.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="292"/>
        <source>Reading the review…</source>
        <translation>Läser granskningen…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="310"/>
        <source>Reading the review</source>
        <translation>Läser granskningen</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="316"/>
        <source>The review could not be read. {error}</source>
        <translation>Granskningen kunde inte läsas. {error}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="318"/>
        <source>Your draft is kept on this computer.</source>
        <translation>Ditt utkast sparas på den här datorn.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="341"/>
        <source>Your draft on this computer is newer; it is being saved on the server.</source>
        <translation>Ditt utkast på den här datorn är nyare; det sparas nu på servern.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="384"/>
        <source>Below the minimum of {minimum}: this criterion fails however high the total.</source>
        <translation>Under minimikravet {minimum}: kriteriet blir underkänt oavsett hur hög totalsumman är.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="400"/>
        <source>Total: score every criterion ({pass_total} of {max_total} passes).</source>
        <translation>Totalt: ge poäng för varje kriterium ({pass_total} av {max_total} räcker för godkänt).</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="406"/>
        <source>Total: {total} of {max_total} ({pass_total} passes).</source>
        <translation>Totalt: {total} av {max_total} ({pass_total} räcker för godkänt).</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="479"/>
        <source>Saving the review on the server</source>
        <translation>Sparar granskningen på servern</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="494"/>
        <source>Draft saved on the server.</source>
        <translation>Utkastet har sparats på servern.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="507"/>
        <source>Saved on this computer; the server&apos;s copy was not updated. {error}</source>
        <translation>Sparat på den här datorn; serverns kopia uppdaterades inte. {error}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="529"/>
        <source>The review is not complete; see the marked fields.</source>
        <translation>Granskningen är inte fullständig; se de markerade fälten.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="541"/>
        <source>Submitting the review…</source>
        <translation>Skickar in granskningen…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="561"/>
        <source>Submitting the review</source>
        <translation>Skickar in granskningen</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="574"/>
        <source>Your review was submitted.</source>
        <translation>Din granskning har skickats in.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="585"/>
        <source>The review was not submitted; it is kept on this computer. {error}</source>
        <translation>Granskningen skickades inte in; den sparas på den här datorn. {error}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="593"/>
        <source>The server did not accept the review; see the marked fields.</source>
        <translation>Servern godtog inte granskningen; se de markerade fälten.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="609"/>
        <source>Submitted {when}.</source>
        <translation>Inskickad {when}.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="616"/>
        <source>The other reviews show once they are submitted.</source>
        <translation>De andra granskningarna visas när de har skickats in.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="618"/>
        <source>No other review is submitted yet.</source>
        <translation>Ingen annan granskning har skickats in än.</translation>
    </message>
</context>
<context>
    <name>SelfCheckPage</name>
    <message>
        <location filename="../gui/applications/self_check.py" line="51"/>
        <source>Before you fill in the application, answer these questions. Organisations that can answer yes to each of them may apply.</source>
        <translation>Svara på de här frågorna innan du fyller i ansökan. Organisationer som kan svara ja på alla frågor får ansöka.</translation>
    </message>
    <message>
        <location filename="../gui/applications/self_check.py" line="60"/>
        <source>Self-check</source>
        <translation>Självtest</translation>
    </message>
    <message>
        <location filename="../gui/applications/self_check.py" line="65"/>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <location filename="../gui/applications/self_check.py" line="94"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../gui/applications/self_check.py" line="95"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../gui/applications/self_check.py" line="146"/>
        <source>Loading the questions from the server…</source>
        <translation>Hämtar frågorna från servern…</translation>
    </message>
    <message>
        <location filename="../gui/applications/self_check.py" line="154"/>
        <source>Certification needs a yes to every question. These answers are no:</source>
        <translation>Certifiering kräver ja på alla frågor. Följande svar är nej:</translation>
    </message>
    <message>
        <location filename="../gui/applications/self_check.py" line="159"/>
        <source>Still to answer: {n}</source>
        <translation>Obesvarade: {n}</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="43"/>
        <source>Approve</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="44"/>
        <source>Changes requested</source>
        <translation>Ändringar begärda</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="45"/>
        <source>Request changes</source>
        <translation>Begär ändringar</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="46"/>
        <source>Reject</source>
        <translation>Avslå</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="61"/>
        <source>Reviewer</source>
        <translation>Granskare</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="158"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="163"/>
        <source>PSC</source>
        <translation>PSC</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="168"/>
        <source>Total (of {max})</source>
        <translation>Totalt (av {max})</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="170"/>
        <source>Recommendation</source>
        <translation>Rekommendation</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="174"/>
        <source>{title} (minimum {minimum})</source>
        <translation>{title} (minst {minimum})</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="196"/>
        <source>Below the minimum of {minimum}</source>
        <translation>Under minimikravet {minimum}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="274"/>
        <source>{n} reviews; median total {total} of {max}, {pass_total} needed.</source>
        <translation>{n} granskningar; totalsummans median {total} av {max}, {pass_total} krävs.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="282"/>
        <source>Minimums not met: {criteria}</source>
        <translation>Minimikrav som inte uppfylls: {criteria}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="284"/>
        <source>The reviewers&apos; totals diverge.</source>
        <translation>Granskarnas totalsummor går isär.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="96"/>
        <source>Sign in to the certification service</source>
        <translation>Logga in på certifieringstjänsten</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="115"/>
        <source>QGIS opens the sign-in page in your browser. Sign in there, check that the page shows this code, and approve. QGIS then signs in by itself.</source>
        <translation>QGIS öppnar inloggningssidan i din webbläsare. Logga in där, kontrollera att sidan visar den här koden och godkänn. Sedan loggar QGIS in av sig självt.</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="140"/>
        <source>Open the browser</source>
        <translation>Öppna webbläsaren</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="160"/>
        <source>Start again</source>
        <translation>Börja om</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="199"/>
        <source>QGIS keeps the sign-in in its authentication database, which needs its master password. Set or enter it, then start again.</source>
        <translation>QGIS sparar inloggningen i sin autentiseringsdatabas, som kräver huvudlösenordet. Ange eller skriv in det och börja sedan om.</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="206"/>
        <source>Asking the server for a sign-in code…</source>
        <translation>Begär en inloggningskod från servern…</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="216"/>
        <source>Starting the sign-in</source>
        <translation>Startar inloggningen</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="224"/>
        <source>Waiting for you to approve the sign-in in the browser…</source>
        <translation>Väntar på att du godkänner inloggningen i webbläsaren…</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="239"/>
        <source>Could not open the browser. Open {url} and type the code.</source>
        <translation>Det gick inte att öppna webbläsaren. Öppna {url} och skriv in koden.</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="263"/>
        <source>Waiting for the sign-in</source>
        <translation>Väntar på inloggningen</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="267"/>
        <source>Waiting for you to approve the sign-in in the browser… (polling slower)</source>
        <translation>Väntar på att du godkänner inloggningen i webbläsaren… (frågar mer sällan)</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="275"/>
        <source>The sign-in was denied in the browser.</source>
        <translation>Inloggningen nekades i webbläsaren.</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="277"/>
        <source>The code expired before the sign-in was approved.</source>
        <translation>Koden gick ut innan inloggningen godkändes.</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="294"/>
        <source>Signed in as {username}.</source>
        <translation>Inloggad som {username}.</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="309"/>
        <source>Revoking a token QGIS could not keep</source>
        <translation>Återkallar en token som QGIS inte kunde spara</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="317"/>
        <source>This server does not offer signing in from QGIS. Create a token on its website and keep it in a Basic authentication configuration instead.</source>
        <translation>Den här servern erbjuder inte inloggning från QGIS. Skapa i stället en token på dess webbplats och spara den i en autentiseringskonfiguration av typen Basic.</translation>
    </message>
</context>
<context>
    <name>SignOut</name>
    <message>
        <location filename="../gui/sign_out.py" line="54"/>
        <source>You are not signed in.</source>
        <translation>Du är inte inloggad.</translation>
    </message>
    <message>
        <location filename="../gui/sign_out.py" line="75"/>
        <source>Signed out: the token is revoked and QGIS forgot it.</source>
        <translation>Utloggad: token har återkallats och QGIS har glömt den.</translation>
    </message>
    <message>
        <location filename="../gui/sign_out.py" line="83"/>
        <source>Signed out. The server no longer accepted the token (it had expired or was revoked already).</source>
        <translation>Utloggad. Servern godtog inte längre token (den hade gått ut eller redan återkallats).</translation>
    </message>
    <message>
        <location filename="../gui/sign_out.py" line="93"/>
        <source>Signed out in QGIS, but the token could not be revoked on the server. It stays valid until it expires unless you revoke it on {url}
{error}</source>
        <translation>Utloggad i QGIS, men token kunde inte återkallas på servern. Den förblir giltig tills den går ut, om du inte återkallar den på {url}
{error}</translation>
    </message>
    <message>
        <location filename="../gui/sign_out.py" line="105"/>
        <source>Signing out of the certification service</source>
        <translation>Loggar ut från certifieringstjänsten</translation>
    </message>
</context>
<context>
    <name>SnapshotView</name>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="62"/>
        <source>{n} bytes</source>
        <translation>{n} byte</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="64"/>
        <source>{n} KB</source>
        <translation>{n} kB</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="65"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="73"/>
        <source>No QGIS checks were sent with this file.</source>
        <translation>Inga QGIS-kontroller skickades med den här filen.</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="84"/>
        <source>Lectures</source>
        <translation>Föreläsningar</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="85"/>
        <source>Exercises</source>
        <translation>Övningar</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="86"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="135"/>
        <source>Contributions ({n})</source>
        <translation>Bidrag ({n})</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="153"/>
        <source>Evidence:</source>
        <translation>Belägg:</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="162"/>
        <source>Courses and training material ({n})</source>
        <translation>Kurser och utbildningsmaterial ({n})</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="170"/>
        <source>Type: {value}</source>
        <translation>Typ: {value}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="174"/>
        <source>Licence: {value}</source>
        <translation>Licens: {value}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="176"/>
        <source>QGIS {value}</source>
        <translation>QGIS {value}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="191"/>
        <source>file</source>
        <translation>fil</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../gui/applications/status_page.py" line="61"/>
        <source>Remarks of the reviewers</source>
        <translation>Granskarnas kommentarer</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="70"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="74"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="74"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="87"/>
        <source>Edit and resubmit</source>
        <translation>Redigera och skicka in igen</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="89"/>
        <source>Withdraw…</source>
        <translation>Dra tillbaka…</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="91"/>
        <source>New application</source>
        <translation>Ny ansökan</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="93"/>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="104"/>
        <source>Application {id}: {state}</source>
        <translation>Ansökan {id}: {state}</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="108"/>
        <source>The certification managers screen it next.</source>
        <translation>Nästa steg är de certifieringsansvarigas förhandsgranskning.</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="110"/>
        <source>The reviewers ask for changes. Read their remarks, edit the application and submit it again.</source>
        <translation>Granskarna begär ändringar. Läs deras kommentarer, redigera ansökan och skicka in den igen.</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="115"/>
        <source>Your organisation is certified.</source>
        <translation>Er organisation är certifierad.</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="117"/>
        <source>The application was withdrawn. You may start a new one.</source>
        <translation>Ansökan har dragits tillbaka. Du kan påbörja en ny.</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="119"/>
        <source>The application was not accepted. You may apply again later.</source>
        <translation>Ansökan godkändes inte. Du kan ansöka igen senare.</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="121"/>
        <source>The application is being reviewed; nothing to do for now.</source>
        <translation>Ansökan granskas; du behöver inte göra något just nu.</translation>
    </message>
</context>
<context>
    <name>TaskContext</name>
    <message>
        <location filename="../qgis_io/tasks.py" line="181"/>
        <source>The operation was cancelled.</source>
        <translation>Åtgärden avbröts.</translation>
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
        <translation>Krediter: {balance} ({price} per kredit)</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="138"/>
        <source>Not available in this version of the plugin.</source>
        <translation>Inte tillgängligt i den här versionen av insticksprogrammet.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="182"/>
        <source>Courses and certificates</source>
        <translation>Kurser och certifikat</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="507"/>
        <source>courses and certificates</source>
        <translation>kurser och certifikat</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="231"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="240"/>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="270"/>
        <source>Courses</source>
        <translation>Kurser</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="271"/>
        <source>Training centres</source>
        <translation>Utbildningscenter</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="272"/>
        <source>Course types</source>
        <translation>Kurstyper</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="273"/>
        <source>Conveners</source>
        <translation>Kursansvariga</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="276"/>
        <source>No course yet.</source>
        <translation>Ingen kurs ännu.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="277"/>
        <source>No training centre yet.</source>
        <translation>Inget utbildningscenter ännu.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="278"/>
        <source>No course type yet.</source>
        <translation>Ingen kurstyp ännu.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="279"/>
        <source>No convener yet.</source>
        <translation>Ingen kursansvarig ännu.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="297"/>
        <source>Verify</source>
        <translation>Verifiera</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="307"/>
        <source>Connecting to the certification server…</source>
        <translation>Ansluter till certifieringsservern…</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="311"/>
        <source>Add on the map</source>
        <translation>Lägg till på kartan</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="312"/>
        <source>Click the new centre&apos;s place on the map</source>
        <translation>Klicka på det nya centrets plats på kartan</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="314"/>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="315"/>
        <source>Click the selected centre&apos;s new place on the map</source>
        <translation>Klicka på det markerade centrets nya plats på kartan</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="317"/>
        <source>From selected feature</source>
        <translation>Från markerat objekt</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="318"/>
        <source>The selected feature of the active layer (its centroid for lines and polygons)</source>
        <translation>Det markerade objektet i det aktiva lagret (dess centroid för linjer och polygoner)</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="332"/>
        <source>Attendees</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="333"/>
        <source>Certificates</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="422"/>
        <source>Reading your organisations</source>
        <translation>Läser dina organisationer</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="427"/>
        <source>The certification server could not be reached. {error}</source>
        <translation>Det gick inte att nå certifieringsservern. {error}</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="437"/>
        <source>This server does not manage courses and certificates here: it is done on its website. Verifying a certificate works in the Verify tab.</source>
        <translation>Den här servern hanterar inte kurser och certifikat här: det görs på dess webbplats. Verifiering av certifikat fungerar på fliken Verifiera.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="447"/>
        <source>Your sign-in is no longer accepted; sign in again.</source>
        <translation>Din inloggning godtas inte längre; logga in igen.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="447"/>
        <source>Sign in to the certification server to manage your courses.</source>
        <translation>Logga in på certifieringsservern för att hantera dina kurser.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="456"/>
        <source>You do not own or convene for a certified organisation. Once your organisation is certified, its courses are managed here.</source>
        <translation>Du är inte ägare eller kursansvarig i någon certifierad organisation. När din organisation har certifierats hanteras dess kurser här.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="546"/>
        <source>Reading the organisation&apos;s courses</source>
        <translation>Läser organisationens kurser</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="586"/>
        <source>Reading the credit balance</source>
        <translation>Läser kreditsaldot</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="616"/>
        <source>New course</source>
        <translation>Ny kurs</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="617"/>
        <source>New training centre</source>
        <translation>Nytt utbildningscenter</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="618"/>
        <source>New course type</source>
        <translation>Ny kurstyp</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="619"/>
        <source>New convener</source>
        <translation>Ny kursansvarig</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="622"/>
        <source>Edit: {name}</source>
        <translation>Redigera: {name}</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="624"/>
        <source>Your unsaved changes were restored.</source>
        <translation>Dina osparade ändringar har återställts.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="664"/>
        <source>The file could not be read: {error}</source>
        <translation>Filen kunde inte läsas: {error}</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="679"/>
        <source>Saved: {name}</source>
        <translation>Sparat: {name}</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="691"/>
        <source>Not saved; what you typed is kept. {error}</source>
        <translation>Inte sparat; det du skrev finns kvar. {error}</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="696"/>
        <source>Saving</source>
        <translation>Sparar</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="707"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="708"/>
        <source>Delete {name}? This cannot be undone.</source>
        <translation>Ta bort {name}? Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="733"/>
        <source>Deleted: {name}</source>
        <translation>Borttaget: {name}</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="741"/>
        <source>{name} was not deleted. {reason}</source>
        <translation>{name} togs inte bort. {reason}</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="745"/>
        <source>Deleting</source>
        <translation>Tar bort</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="758"/>
        <source>There is no map to click on.</source>
        <translation>Det finns ingen karta att klicka på.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="766"/>
        <source>Click the training centre&apos;s place on the map.</source>
        <translation>Klicka på utbildningscentrets plats på kartan.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="790"/>
        <source>No place was picked.</source>
        <translation>Ingen plats valdes.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="814"/>
        <source>Select a feature on the active layer first (a point, line or polygon).</source>
        <translation>Markera först ett objekt i det aktiva lagret (en punkt, linje eller polygon).</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="299"/>
        <source>Credits</source>
        <translation>Krediter</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <location filename="../gui/training/form_page.py" line="88"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../gui/training/form_page.py" line="92"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>TrainingForms</name>
    <message>
        <location filename="../gui/training/texts.py" line="22"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="23"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="24"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="25"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="26"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="27"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="28"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="29"/>
        <source>Degrees, WGS 84 (EPSG:4326); empty for an online centre.</source>
        <translation>Grader, WGS 84 (EPSG:4326); tomt för ett onlinecenter.</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="32"/>
        <source>Training centre</source>
        <translation>Utbildningscenter</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="33"/>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="34"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="35"/>
        <source>Instruction hours</source>
        <translation>Undervisningstimmar</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="36"/>
        <source>0 to 1000, such as 16 or 7.5.</source>
        <translation>0 till 1000, till exempel 16 eller 7.5.</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="37"/>
        <source>Link</source>
        <translation>Länk</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="38"/>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="39"/>
        <source>The user name or e-mail of an account on the certification server.</source>
        <translation>Användarnamnet eller e-postadressen för ett konto på certifieringsservern.</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="42"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="43"/>
        <source>Such as Prof. or Dr.</source>
        <translation>Till exempel Prof. eller Dr.</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="44"/>
        <source>Degree</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="45"/>
        <source>Such as PhD or MSc.</source>
        <translation>Till exempel PhD eller MSc.</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="46"/>
        <source>Signature image</source>
        <translation>Signaturbild</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="47"/>
        <source>Course type</source>
        <translation>Kurstyp</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="48"/>
        <source>Convener</source>
        <translation>Kursansvarig</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="49"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="50"/>
        <source>Trained competence</source>
        <translation>Förvärvad kompetens</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="51"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="52"/>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="53"/>
        <source>Certificate type</source>
        <translation>Certifikattyp</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="54"/>
        <source>The default for the course&apos;s certificates.</source>
        <translation>Standardvärdet för kursens certifikat.</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="57"/>
        <source>Certificate of attendance</source>
        <translation>Certifikat för deltagande</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="58"/>
        <source>Certificate of completion</source>
        <translation>Certifikat för genomförande</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="59"/>
        <source>(none yet)</source>
        <translation>(inga ännu)</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="60"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="61"/>
        <source>Surname</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="62"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="63"/>
        <source>Romanian</source>
        <translation>Rumänska</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="64"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="65"/>
        <source>Chinese (Traditional)</source>
        <translation>Kinesiska (traditionell)</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="66"/>
        <source>German</source>
        <translation>Tyska</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="67"/>
        <source>Spanish</source>
        <translation>Spanska</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="68"/>
        <source>French</source>
        <translation>Franska</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="69"/>
        <source>Italian</source>
        <translation>Italienska</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="70"/>
        <source>Dutch</source>
        <translation>Nederländska</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="71"/>
        <source>Polish</source>
        <translation>Polska</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="72"/>
        <source>Portuguese</source>
        <translation>Portugisiska</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="73"/>
        <source>Finnish</source>
        <translation>Finska</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="74"/>
        <source>Danish</source>
        <translation>Danska</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="75"/>
        <source>Norwegian</source>
        <translation>Norska</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="76"/>
        <source>Japanese</source>
        <translation>Japanska</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="77"/>
        <source>Korean</source>
        <translation>Koreanska</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="84"/>
        <source>Enter a number such as 23.5.</source>
        <translation>Ange ett tal, till exempel 23.5.</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="85"/>
        <source>Enter a longitude between -180 and 180.</source>
        <translation>Ange en longitud mellan -180 och 180.</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="86"/>
        <source>Enter a latitude between -90 and 90.</source>
        <translation>Ange en latitud mellan -90 och 90.</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="87"/>
        <source>Enter both longitude and latitude, or neither for an online centre.</source>
        <translation>Ange både longitud och latitud, eller ingen av dem för ett onlinecenter.</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="88"/>
        <source>Enter hours between 0 and 1000, with at most one decimal.</source>
        <translation>Ange timmar mellan 0 och 1000, med högst en decimal.</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="89"/>
        <source>The end date is before the start date.</source>
        <translation>Slutdatumet ligger före startdatumet.</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="90"/>
        <source>Choose a PNG or JPEG image.</source>
        <translation>Välj en PNG- eller JPEG-bild.</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="91"/>
        <source>Add one first.</source>
        <translation>Lägg till en post först.</translation>
    </message>
</context>
<context>
    <name>TrainingPanels</name>
    <message>
        <location filename="../gui/training/panel_helpers.py" line="92"/>
        <source>Attendance</source>
        <translation>Deltagande</translation>
    </message>
    <message>
        <location filename="../gui/training/panel_helpers.py" line="92"/>
        <source>Completion</source>
        <translation>Genomförande</translation>
    </message>
    <message>
        <location filename="../gui/training/panel_helpers.py" line="97"/>
        <source>Valid</source>
        <translation>Giltigt</translation>
    </message>
    <message>
        <location filename="../gui/training/panel_helpers.py" line="98"/>
        <source>Revoked</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <location filename="../gui/training/panel_helpers.py" line="99"/>
        <source>Not found</source>
        <translation>Hittades inte</translation>
    </message>
</context>
<context>
    <name>Uploads</name>
    <message>
        <location filename="../qgis_io/uploads.py" line="167"/>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>Filen {path} kan inte läsas: {reason}</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <location filename="../gui/training/verify_panel.py" line="69"/>
        <source>Certificate id, e.g. QGIS-123</source>
        <translation>Certifikatets id, t.ex. QGIS-123</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="73"/>
        <source>Verify</source>
        <translation>Verifiera</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Attendee Name</source>
        <translation>Deltagarens namn</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Certifying Organisation</source>
        <translation>Certifierande organisation</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Training Center</source>
        <translation>Utbildningscenter</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Course Language</source>
        <translation>Kursspråk</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Trained Competence(s)</source>
        <translation>Förvärvade kompetenser</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Course Type</source>
        <translation>Kurstyp</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Course Date</source>
        <translation>Kursdatum</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Instruction Hours</source>
        <translation>Undervisningstimmar</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Course Convener</source>
        <translation>Kursansvarig</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Organisation certified today</source>
        <translation>Organisationen certifierad i dag</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="138"/>
        <source>Type a certificate id such as QGIS-123.</source>
        <translation>Skriv ett certifikat-id, till exempel QGIS-123.</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="157"/>
        <source>{id} could not be verified: {reason}</source>
        <translation>{id} kunde inte verifieras: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="163"/>
        <source>Verifying {id}…</source>
        <translation>Verifierar {id}…</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="164"/>
        <source>Verifying {id}</source>
        <translation>Verifierar {id}</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="174"/>
        <source>{start} to {end}</source>
        <translation>{start} till {end}</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="179"/>
        <source>Not said by this server</source>
        <translation>Anges inte av den här servern</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="180"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="180"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="189"/>
        <source>No certificate {id} has been issued.</source>
        <translation>Inget certifikat {id} har utfärdats.</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="197"/>
        <source>Valid</source>
        <translation>Giltigt</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="197"/>
        <source>Revoked</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="216"/>
        <source>This certificate was revoked.</source>
        <translation>Det här certifikatet har återkallats.</translation>
    </message>
</context>
<context>
    <name>WorkflowDock</name>
    <message>
        <location filename="../gui/base/workflow_dock.py" line="105"/>
        <source>Open the website</source>
        <translation>Öppna webbplatsen</translation>
    </message>
    <message>
        <location filename="../gui/base/workflow_dock.py" line="296"/>
        <source>This server does not offer {feature}: it is done on the website.</source>
        <translation>Den här servern erbjuder inte {feature}: det görs på webbplatsen.</translation>
    </message>
    <message>
        <location filename="../gui/base/workflow_dock.py" line="115"/>
        <source>Sign out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <location filename="../gui/base/workflow_dock.py" line="256"/>
        <source>Signed in as {username}.</source>
        <translation>Inloggad som {username}.</translation>
    </message>
    <message>
        <location filename="../gui/base/workflow_dock.py" line="262"/>
        <source>Signing out…</source>
        <translation>Loggar ut…</translation>
    </message>
</context>
</TS>
