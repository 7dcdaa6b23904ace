<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../gui/about_dialog.py" line="58"/>
        <source>About QGIS Certification</source>
        <translation>關於 QGIS 認證</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="78"/>
        <source>Open the Log Messages panel</source>
        <translation>開啟「日誌訊息」面板</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="79"/>
        <source>The plugin's messages are on the “{}” tab of that panel.</source>
        <translation>外掛的訊息位於該面板的「{}」分頁。</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="94"/>
        <source>Homepage</source>
        <translation>首頁</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="95"/>
        <source>Report a problem or suggest an idea</source>
        <translation>回報問題或提出建議</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="96"/>
        <source>QGIS Certification Programme</source>
        <translation>QGIS 認證計畫</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="102"/>
        <source>Plugin version</source>
        <translation>外掛版本</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="103"/>
        <source>QGIS version</source>
        <translation>QGIS 版本</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="104"/>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="104"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="113"/>
        <source>Certified organisations, training centres and upcoming courses as map layers, a course finder, a locator filter and Processing algorithms.</source>
        <translation>以地圖圖層呈現認證機構、訓練中心與近期課程，並提供課程搜尋、定位器篩選與處理演算法。</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="126"/>
        <source>The plugin writes its messages to the “{}” tab of the Log Messages panel (View &gt; Panels &gt; Log Messages).</source>
        <translation>外掛的訊息會寫入「日誌訊息」面板的「{}」分頁（檢視 &gt; 面板 &gt; 日誌訊息）。</translation>
    </message>
</context>
<context>
    <name>CertificationAuth</name>
    <message>
        <location filename="../qgis_io/auth.py" line="41"/>
        <source>no authentication</source>
        <translation>無身分驗證</translation>
    </message>
    <message>
        <location filename="../qgis_io/auth.py" line="44"/>
        <source>missing authentication configuration {}</source>
        <translation>找不到身分驗證設定 {}</translation>
    </message>
</context>
<context>
    <name>CertificationCountryList</name>
    <message>
        <location filename="../gui/country_list.py" line="45"/>
        <source>Filter countries</source>
        <translation>篩選國家</translation>
    </message>
    <message>
        <location filename="../gui/country_list.py" line="136"/>
        <source>All countries</source>
        <translation>所有國家</translation>
    </message>
    <message>
        <location filename="../gui/country_list.py" line="49"/>
        <source>Uncheck every country: the layers show all of them.</source>
        <translation>取消勾選所有國家：圖層會顯示全部國家。</translation>
    </message>
    <message>
        <location filename="../gui/country_list.py" line="140"/>
        <source>and {} more</source>
        <translation>以及另外 {} 個</translation>
    </message>
    <message>
        <location filename="../gui/country_list.py" line="141"/>
        <source>Only: {}</source>
        <translation>僅限：{}</translation>
    </message>
</context>
<context>
    <name>CertificationLayers</name>
    <message>
        <location filename="../layers/builder.py" line="53"/>
        <source>QGIS Certification</source>
        <translation>QGIS 認證</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="59"/>
        <source>Training centres</source>
        <translation>訓練中心</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="60"/>
        <source>Upcoming courses</source>
        <translation>即將開課的課程</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="118"/>
        <source>Certified organisations</source>
        <translation>已認證機構</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="85"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="86"/>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="87"/>
        <source>Organisation slug</source>
        <translation>機構代稱</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="117"/>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="152"/>
        <source>Certification page</source>
        <translation>認證頁面</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="90"/>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="91"/>
        <source>Updated</source>
        <translation>更新時間</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="103"/>
        <source>Id</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="110"/>
        <source>Training centre</source>
        <translation>訓練中心</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="97"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="143"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="99"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="138"/>
        <source>Website</source>
        <translation>網站</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="104"/>
        <source>Course</source>
        <translation>課程</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="105"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="106"/>
        <source>End</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="107"/>
        <source>Course type</source>
        <translation>課程類型</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="108"/>
        <source>Course type slug</source>
        <translation>課程類型代稱</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="109"/>
        <source>Trainer</source>
        <translation>講師</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="111"/>
        <source>Training centre id</source>
        <translation>訓練中心編號</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="112"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="113"/>
        <source>Competence</source>
        <translation>培訓能力</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="116"/>
        <source>Country code</source>
        <translation>國家代碼</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="119"/>
        <source>Organisations</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="138"/>
        <source>Open the centre&apos;s website</source>
        <translation>開啟訓練中心網站</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="143"/>
        <source>Write an e-mail to the centre</source>
        <translation>寫電子郵件給訓練中心</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="144"/>
        <source>Open the organisation&apos;s page on the certification website</source>
        <translation>在認證網站開啟機構頁面</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="152"/>
        <source>Open the course on the certification website</source>
        <translation>在認證網站開啟課程</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="327"/>
        <source>Data published by the QGIS Certification Programme and its certified organisations.</source>
        <translation>資料由 QGIS 認證計畫及其認證機構發布。</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="333"/>
        <source>Country boundaries: Natural Earth (public domain).</source>
        <translation>國界：Natural Earth（公有領域）。</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="338"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="347"/>
        <source>Training centres of the organisations certified to teach QGIS. Online centres have no location.</source>
        <translation>經認證可教授 QGIS 之機構的訓練中心。線上訓練中心沒有位置。</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="351"/>
        <source>Courses that start today or later, at the location of their training centre. Online courses have no location.</source>
        <translation>今天或之後開始的課程，位於其訓練中心的位置。線上課程沒有位置。</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="355"/>
        <source>Countries with at least one certified QGIS training organisation, with the number and names of the organisations.</source>
        <translation>至少有一個經認證之 QGIS 培訓機構的國家，並列出機構數量與名稱。</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="363"/>
        <source>Last updated: {}</source>
        <translation>最後更新：{}</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="365"/>
        <source>Last updated: never</source>
        <translation>最後更新：從未</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="367"/>
        <source>Server: {}</source>
        <translation>伺服器：{}</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="370"/>
        <source>Source: {}</source>
        <translation>來源：{}</translation>
    </message>
    <message>
        <location filename="../layers/builder.py" line="371"/>
        <source>Attribution: QGIS Certification Programme, {}</source>
        <translation>出處：QGIS 認證計畫，{}</translation>
    </message>
    <message>
        <location filename="../layers/background.py" line="36"/>
        <source>Countries (background)</source>
        <translation>國家（底圖）</translation>
    </message>
</context>
<context>
    <name>CertificationLegend</name>
    <message>
        <location filename="../layers/legend.py" line="28"/>
        <source>{n} or more</source>
        <translation>{n} 個以上</translation>
    </message>
    <message>
        <location filename="../layers/legend.py" line="31"/>
        <source>{low} to {high}</source>
        <translation>{low} 至 {high}</translation>
    </message>
</context>
<context>
    <name>CertificationLocatorFilter</name>
    <message>
        <location filename="../gui/locator_filter.py" line="84"/>
        <source>QGIS Certification courses, centres and organisations</source>
        <translation>QGIS 認證的課程、中心與機構</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="137"/>
        <source>Upcoming courses</source>
        <translation>即將開課的課程</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="169"/>
        <source>Training centres</source>
        <translation>訓練中心</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="215"/>
        <source>Certified organisations</source>
        <translation>已認證機構</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="248"/>
        <source>{} is online: it has no place on the map.</source>
        <translation>{} 為線上課程，在地圖上沒有位置。</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="268"/>
        <source>{} has no page on the certification website.</source>
        <translation>{} 在認證網站上沒有頁面。</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="89"/>
        <source>Find upcoming QGIS courses, training centres and certified organisations</source>
        <translation>尋找即將開課的 QGIS 課程、訓練中心與已認證機構</translation>
    </message>
</context>
<context>
    <name>CertificationLogging</name>
    <message>
        <location filename="../qgis_io/logging.py" line="37"/>
        <source>QGIS Certification</source>
        <translation>QGIS 認證</translation>
    </message>
</context>
<context>
    <name>CertificationMapTips</name>
    <message>
        <location filename="../layers/maptips.py" line="244"/>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="245"/>
        <source>Training centre</source>
        <translation>訓練中心</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="243"/>
        <source>Course type</source>
        <translation>課程類型</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="249"/>
        <source>Trainer</source>
        <translation>講師</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="248"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="242"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="250"/>
        <source>Competence</source>
        <translation>培訓能力</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="219"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="221"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="220"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="228"/>
        <source>Website</source>
        <translation>網站</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="137"/>
        <source>More on the certification website</source>
        <translation>在認證網站查看更多</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="147"/>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="147"/>
        <source>Location not published</source>
        <translation>位置未公開</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="264"/>
        <source>Certified organisations: {}</source>
        <translation>已認證機構：{}</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="155"/>
        <source>and {} more</source>
        <translation>以及另外 {} 個</translation>
    </message>
    <message>
        <location filename="../layers/maptips.py" line="208"/>
        <source>Next courses</source>
        <translation>近期課程</translation>
    </message>
</context>
<context>
    <name>CertificationMessages</name>
    <message>
        <location filename="../qgis_io/messages.py" line="38"/>
        <source>The operation was cancelled.</source>
        <translation>作業已取消。</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="40"/>
        <source>The server did not answer in time.</source>
        <translation>伺服器未及時回應。</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="42"/>
        <source>The server&apos;s answer was too large and was not downloaded.</source>
        <translation>伺服器的回應過大，未予下載。</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="44"/>
        <source>The server could not be reached.</source>
        <translation>無法連線到伺服器。</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="46"/>
        <source>The server did not accept the credentials of the authentication configuration.</source>
        <translation>伺服器不接受身分驗證設定中的憑證。</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="48"/>
        <source>The server refused the request (permission denied).</source>
        <translation>伺服器拒絕了請求（權限不足）。</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="50"/>
        <source>The server has nothing at this address (not found).</source>
        <translation>伺服器在此位址沒有內容（找不到）。</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="52"/>
        <source>The server received too many requests; try again later.</source>
        <translation>伺服器收到過多請求，請稍後再試。</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="60"/>
        <source>The server answered with an error (HTTP {}).</source>
        <translation>伺服器回應錯誤（HTTP {}）。</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="62"/>
        <source>The server&apos;s answer was cut off.</source>
        <translation>伺服器的回應不完整。</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="64"/>
        <source>The server&apos;s answer is not valid certification data.</source>
        <translation>伺服器的回應不是有效的認證資料。</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="66"/>
        <source>The request to the certification server failed.</source>
        <translation>對認證伺服器的請求失敗。</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="67"/>
        <source>An unexpected error occurred ({}).</source>
        <translation>發生未預期的錯誤（{}）。</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="54"/>
        <source>The server did not accept the data; check the fields it named.</source>
        <translation>伺服器不接受這些資料；請檢查它指出的欄位。</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="56"/>
        <source>This action is not possible in the current state.</source>
        <translation>目前的狀態無法執行此動作。</translation>
    </message>
    <message>
        <location filename="../qgis_io/messages.py" line="58"/>
        <source>The upload is larger than the server accepts.</source>
        <translation>上傳的內容超過伺服器可接受的大小。</translation>
    </message>
</context>
<context>
    <name>CertificationOptionsPage</name>
    <message>
        <location filename="../gui/options_page.py" line="81"/>
        <source>Certification server</source>
        <translation>認證伺服器</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="85"/>
        <source>certification.qgis.org, or a server that offers the certification API v1. Do not put credentials in the URL.</source>
        <translation>certification.qgis.org，或提供認證 API v1 的伺服器。請勿在網址中放入登入憑證。</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="91"/>
        <source>Server URL</source>
        <translation>伺服器網址</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="93"/>
        <source>Authentication</source>
        <translation>身分驗證</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="96"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="97"/>
        <source>Request timeout</source>
        <translation>請求逾時</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="100"/>
        <source>Test connection</source>
        <translation>測試連線</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="112"/>
        <source>Layers and cache</source>
        <translation>圖層與快取</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="118"/>
        <source>Countries</source>
        <translation>國家</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="126"/>
        <source> h</source>
        <translation> 小時</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="127"/>
        <source>Never update automatically</source>
        <translation>永不自動更新</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="128"/>
        <source>When a project with the certification layers opens and their data is older than this, it is updated in the background.</source>
        <translation>開啟含有認證圖層的專案時，若圖層資料早於此時間，會在背景中更新。</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="134"/>
        <source>Update layers older than</source>
        <translation>更新早於以下時間的圖層</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="136"/>
        <source>Clear cache</source>
        <translation>清除快取</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="203"/>
        <source>Setting not saved: {}</source>
        <translation>設定未儲存：{}</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="227"/>
        <source>Connecting to {}…</source>
        <translation>正在連線到 {}…</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="228"/>
        <source>Testing the connection to the certification server</source>
        <translation>正在測試與認證伺服器的連線</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="247"/>
        <source>Connection failed: {}</source>
        <translation>連線失敗：{}</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="252"/>
        <source>Clearing the cache…</source>
        <translation>正在清除快取…</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="259"/>
        <source>The cache is empty; load the layers to fill it.</source>
        <translation>快取是空的；載入圖層即可填入資料。</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="53"/>
        <source>Connected: public feeds only (certification.qgis.org-compatible).</source>
        <translation>已連線：僅公開資料來源（與 certification.qgis.org 相容）。</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="54"/>
        <source>Connected: API v1 {}</source>
        <translation>已連線：API v1 {}</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="56"/>
        <source>(server {})</source>
        <translation>（伺服器 {}）</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="58"/>
        <source>no roles</source>
        <translation>無角色</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="59"/>
        <source>Signed in as {} (roles: {}).</source>
        <translation>已登入為 {}（角色：{}）。</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="61"/>
        <source>Not signed in: public data only.</source>
        <translation>未登入：僅限公開資料。</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="268"/>
        <source>QGIS Certification</source>
        <translation>QGIS 認證</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="115"/>
        <source>Show only these countries on the layers; none checked shows them all.</source>
        <translation>圖層只顯示這些國家；未勾選任何國家時顯示全部。</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="119"/>
        <source>Add a light country background when the layers go into an empty project</source>
        <translation>將圖層載入空白專案時加入淺色國家底圖</translation>
    </message>
</context>
<context>
    <name>CertificationPlugin</name>
    <message>
        <location filename="../plugin.py" line="108"/>
        <source>QGIS Certification</source>
        <translation>QGIS 認證</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="111"/>
        <source>Load certification layers</source>
        <translation>載入認證圖層</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="111"/>
        <source>Add certified organisations, training centres and upcoming courses to the map, or update them</source>
        <translation>將已認證機構、訓練中心與即將開課的課程加入地圖，或更新這些資料</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="120"/>
        <source>Find a course</source>
        <translation>尋找課程</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="120"/>
        <source>Search upcoming QGIS courses near you</source>
        <translation>搜尋您附近即將開課的 QGIS 課程</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="129"/>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="129"/>
        <source>Server, authentication and cache settings</source>
        <translation>伺服器、身分驗證與快取設定</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="295"/>
        <source>The certification layers are already being updated.</source>
        <translation>認證圖層已在更新中。</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="336"/>
        <source>The certification cache was cleared.</source>
        <translation>已清除認證快取。</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="341"/>
        <source>The certification cache could not be cleared: {}</source>
        <translation>無法清除認證快取：{}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="349"/>
        <source>Clearing the QGIS Certification cache</source>
        <translation>正在清除 QGIS 認證快取</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="386"/>
        <source>The certification layers are older than the set maximum age; updating.</source>
        <translation>認證圖層已超過設定的最長保存時間，正在更新。</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="136"/>
        <source>About QGIS Certification…</source>
        <translation>關於 QGIS 認證…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="136"/>
        <source>Versions, server, help links and where the plugin&apos;s logs are</source>
        <translation>版本、伺服器、說明連結與外掛日誌的位置</translation>
    </message>
</context>
<context>
    <name>CertificationProcessing</name>
    <message>
        <location filename="../processing/provider.py" line="21"/>
        <source>QGIS Certification</source>
        <translation>QGIS 認證</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="119"/>
        <source>Certification server</source>
        <translation>認證伺服器</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="126"/>
        <source>Authentication configuration</source>
        <translation>身分驗證設定</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="170"/>
        <source>Reading from {}</source>
        <translation>正在從 {} 讀取</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="176"/>
        <source>Countries: {}</source>
        <translation>國家：{}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="184"/>
        <source>Read {}</source>
        <translation>已讀取 {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="210"/>
        <source>Features written: {}</source>
        <translation>已寫入圖徵：{}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="233"/>
        <source>The download was cancelled.</source>
        <translation>已取消下載。</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="237"/>
        <source>Could not download the data from {}.</source>
        <translation>無法從 {} 下載資料。</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="298"/>
        <source>Fetch training centres</source>
        <translation>擷取訓練中心</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="301"/>
        <source>Training centres</source>
        <translation>訓練中心</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="396"/>
        <source>certification</source>
        <translation>認證</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="350"/>
        <source>training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="307"/>
        <source>centre</source>
        <translation>中心</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="342"/>
        <source>Fetch upcoming courses</source>
        <translation>擷取即將開課的課程</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="345"/>
        <source>Upcoming courses</source>
        <translation>即將開課的課程</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="351"/>
        <source>course</source>
        <translation>課程</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="387"/>
        <source>Fetch certified organisations</source>
        <translation>擷取已認證機構</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="392"/>
        <source>Certified organisations</source>
        <translation>已認證機構</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="397"/>
        <source>organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="136"/>
        <source>Countries (ISO 3166-1 alpha-2 codes, comma-separated; empty for all)</source>
        <translation>國家（ISO 3166-1 alpha-2 代碼，以逗號分隔；留空表示全部）</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="264"/>
        <source>The authentication configuration {} does not exist in this QGIS profile.</source>
        <translation>此 QGIS 設定檔中不存在身分驗證設定 {}。</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="273"/>
        <source>&lt;p&gt;&lt;b&gt;Certification server&lt;/b&gt;: the address of certification.qgis.org or of another certification server (the default comes from the plugin settings). Servers with the certification API v1 are read through it; others through their public feeds.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Authentication configuration&lt;/b&gt;: optional; an entry of the QGIS authentication database, for servers that need it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Countries&lt;/b&gt;: optional two-letter ISO 3166-1 codes separated by commas, for example &lt;i&gt;RO, SE&lt;/i&gt;. A country filter keeps what belongs to organisations of those countries. Anything that is not a two-letter code is refused.&lt;/p&gt;&lt;p&gt;Text is copied as the server sent it; web addresses that are not http(s) and e-mail values that are not plain addresses are left empty. A server that cannot be reached or answers with an error stops the algorithm with a message saying why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;認證伺服器&lt;/b&gt;：certification.qgis.org 或其他認證伺服器的位址（預設值來自外掛程式設定）。具備認證 API v1 的伺服器會透過該 API 讀取；其他伺服器則透過其公開資料來源讀取。&lt;/p&gt;&lt;p&gt;&lt;b&gt;身分驗證設定&lt;/b&gt;：選填；QGIS 身分驗證資料庫中的項目，供需要驗證的伺服器使用。&lt;/p&gt;&lt;p&gt;&lt;b&gt;國家&lt;/b&gt;：選填，以逗號分隔的 ISO 3166-1 兩字母代碼，例如 &lt;i&gt;RO, SE&lt;/i&gt;。國家篩選只保留屬於這些國家之機構的資料。任何非兩字母代碼的內容都會被拒絕。&lt;/p&gt;&lt;p&gt;文字會依伺服器傳送的原樣複製；非 http(s) 的網址以及不是一般電子郵件位址的值會留空。無法連線或回應錯誤的伺服器會使演算法停止，並顯示說明原因的訊息。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="312"/>
        <source>&lt;p&gt;Downloads the training centres of the organisations certified to teach QGIS as points in EPSG:4326. Online centres, and centres whose location is not published, are kept with an empty geometry.&lt;/p&gt;</source>
        <translation>&lt;p&gt;下載經認證可教授 QGIS 之機構的訓練中心，以 EPSG:4326 的點表示。線上訓練中心以及未公開位置的訓練中心會以空幾何保留。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="356"/>
        <source>&lt;p&gt;Downloads the courses of certified organisations that start today or later, as points in EPSG:4326 at the location of their training centre. Online courses are kept with an empty geometry.&lt;/p&gt;</source>
        <translation>&lt;p&gt;下載已認證機構今天或之後開始的課程，以其訓練中心位置的 EPSG:4326 點表示。線上課程會以空幾何保留。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="402"/>
        <source>&lt;p&gt;Downloads the organisations certified to teach QGIS (approved and not archived) as a table without geometry: organisations have a country but no location of their own. Join the &lt;i&gt;country_code&lt;/i&gt; column to a country layer to map them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;下載經認證可教授 QGIS 的機構（已核准且未封存），以不含幾何的表格呈現：機構有所屬國家，但沒有自己的位置。將 &lt;i&gt;country_code&lt;/i&gt; 欄位與國家圖層連結即可在地圖上呈現。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CourseFinder</name>
    <message>
        <location filename="../gui/course_finder_model.py" line="119"/>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="146"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="145"/>
        <source>Course type</source>
        <translation>課程類型</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="147"/>
        <source>Training centre</source>
        <translation>訓練中心</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="149"/>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="150"/>
        <source>Trainer</source>
        <translation>講師</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="151"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="152"/>
        <source>Competence</source>
        <translation>能力</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="95"/>
        <source>(unnamed course)</source>
        <translation>（未命名課程）</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="86"/>
        <source>{} km</source>
        <translation>{} 公里</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="148"/>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="155"/>
        <source>Distance</source>
        <translation>距離</translation>
    </message>
</context>
<context>
    <name>CourseFinderDock</name>
    <message>
        <location filename="../gui/course_finder_dock.py" line="95"/>
        <source>Find a course</source>
        <translation>尋找課程</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="143"/>
        <source>Search courses, centres, organisations…</source>
        <translation>搜尋課程、中心、機構…</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="162"/>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="164"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="166"/>
        <source>Course type</source>
        <translation>課程類型</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="168"/>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="173"/>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="175"/>
        <source>Untick to show courses from any start date</source>
        <translation>取消勾選即顯示任何開始日期的課程</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="179"/>
        <source>Until</source>
        <translation>迄</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="181"/>
        <source>Untick to show courses up to any start date</source>
        <translation>取消勾選即不限制課程的最晚開始日期</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="196"/>
        <source>Map centre</source>
        <translation>地圖中心</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="197"/>
        <source>Measure distances from the centre of the map</source>
        <translation>從地圖中心測量距離</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="198"/>
        <source>Pick point</source>
        <translation>選取點</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="200"/>
        <source>Click on the map to measure distances from there</source>
        <translation>在地圖上點選一處，從該處測量距離</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="225"/>
        <source>Course page</source>
        <translation>課程頁面</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="226"/>
        <source>Open the course&apos;s page on the certification website</source>
        <translation>在認證網站上開啟課程頁面</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="229"/>
        <source>Organisation website</source>
        <translation>機構網站</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="230"/>
        <source>Open the website of the organisation</source>
        <translation>開啟機構網站</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="231"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="232"/>
        <source>Download the latest courses from the server</source>
        <translation>從伺服器下載最新課程</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="401"/>
        <source>Reading the courses…</source>
        <translation>正在讀取課程…</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="407"/>
        <source>Reading cached QGIS courses</source>
        <translation>正在讀取快取的 QGIS 課程</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="427"/>
        <source>The cached courses could not be read: {}</source>
        <translation>無法讀取快取的課程：{}</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="442"/>
        <source>Downloading the latest courses…</source>
        <translation>正在下載最新課程…</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="456"/>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="503"/>
        <source>No upcoming courses in the cache. Click Update to download.</source>
        <translation>快取中沒有即將開課的課程。請按「更新」下載。</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="505"/>
        <source>No course data yet. Click Update to download the courses.</source>
        <translation>尚無課程資料。請按「更新」下載課程。</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="507"/>
        <source>{} of {} courses</source>
        <translation>顯示 {} 門，共 {} 門課程</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="574"/>
        <source>Distances: no reference point</source>
        <translation>距離：無參考點</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="615"/>
        <source>This course is online: it has no place on the map.</source>
        <translation>此課程為線上課程，在地圖上沒有位置。</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="642"/>
        <source>Zoom to course</source>
        <translation>縮放至課程</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="645"/>
        <source>Open course page</source>
        <translation>開啟課程頁面</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="648"/>
        <source>Open organisation website</source>
        <translation>開啟機構網站</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="659"/>
        <source>This course has no page on the certification website.</source>
        <translation>此課程在認證網站上沒有頁面。</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="687"/>
        <source>Reading QGIS certified organisations</source>
        <translation>正在讀取 QGIS 已認證機構</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="708"/>
        <source>The organisation&apos;s website could not be looked up.</source>
        <translation>無法查詢該機構的網站。</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="719"/>
        <source>{} has not published a website address that can be opened.</source>
        <translation>{} 未公布可開啟的網站地址。</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="221"/>
        <source>Courses found</source>
        <translation>找到的課程</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="578"/>
        <source>Distances from the picked point:</source>
        <translation>自選取點起算的距離：</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="580"/>
        <source>Distances from the map centre:</source>
        <translation>自地圖中心起算的距離：</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="582"/>
        <source>Lon {lon}, Lat {lat}</source>
        <translation>經度 {lon}，緯度 {lat}</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="584"/>
        <source>Longitude and latitude in WGS 84 (EPSG:4326)</source>
        <translation>WGS 84（EPSG:4326）經緯度</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <location filename="../qgis_io/drafts.py" line="118"/>
        <source>The draft could not be saved to {path}: {reason}</source>
        <translation>無法將草稿儲存至 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../qgis_io/drafts.py" line="280"/>
        <source>The draft could not be saved: {}</source>
        <translation>無法儲存草稿：{}</translation>
    </message>
</context>
<context>
    <name>FormBinder</name>
    <message>
        <location filename="../gui/base/form_binder.py" line="327"/>
        <source>Row {row}</source>
        <translation>第 {row} 列</translation>
    </message>
    <message>
        <location filename="../gui/base/form_binder.py" line="329"/>
        <source>Row {row}, {column}</source>
        <translation>第 {row} 列，{column}</translation>
    </message>
</context>
<context>
    <name>FormMessages</name>
    <message>
        <location filename="../gui/base/form_messages.py" line="21"/>
        <source>This field is required.</source>
        <translation>此欄位為必填。</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="22"/>
        <source>This box must be ticked.</source>
        <translation>必須勾選此方塊。</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="23"/>
        <source>Add at least one row.</source>
        <translation>請至少新增一列。</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="24"/>
        <source>Use at most {max} characters (now {n}).</source>
        <translation>最多 {max} 個字元（目前 {n} 個）。</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="25"/>
        <source>Use a single line.</source>
        <translation>請只用一行。</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="26"/>
        <source>Enter an e-mail address such as name@example.org.</source>
        <translation>請輸入電子郵件地址，例如 name@example.org。</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="27"/>
        <source>Enter a web address starting with http:// or https://.</source>
        <translation>請輸入以 http:// 或 https:// 開頭的網址。</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="28"/>
        <source>Enter a whole number.</source>
        <translation>請輸入整數。</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="29"/>
        <source>Enter {min} or more.</source>
        <translation>請輸入 {min} 或以上。</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="30"/>
        <source>Enter {max} or less.</source>
        <translation>請輸入 {max} 或以下。</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="31"/>
        <source>Choose one of the listed values.</source>
        <translation>請從列出的值中選擇一個。</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="32"/>
        <source>Tick or untick the box.</source>
        <translation>請勾選或取消勾選此方塊。</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="33"/>
        <source>Enter a date (YYYY-MM-DD).</source>
        <translation>請輸入日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="34"/>
        <source>Enter {min} or later.</source>
        <translation>請輸入 {min} 或之後的日期。</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="35"/>
        <source>Enter {max} or earlier.</source>
        <translation>請輸入 {max} 或之前的日期。</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="36"/>
        <source>Expected a list of rows.</source>
        <translation>應為多列的清單。</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="37"/>
        <source>Add at least {min} rows.</source>
        <translation>請至少新增 {min} 列。</translation>
    </message>
    <message>
        <location filename="../gui/base/form_messages.py" line="38"/>
        <source>Use at most {max} rows.</source>
        <translation>最多 {max} 列。</translation>
    </message>
</context>
<context>
    <name>PluginSettings</name>
    <message>
        <location filename="../qgis_io/settings.py" line="47"/>
        <source>The server URL is empty.</source>
        <translation>伺服器網址是空的。</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="49"/>
        <source>The server URL must not contain spaces.</source>
        <translation>伺服器網址不可包含空格。</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="52"/>
        <source>The server URL must start with http:// or https://.</source>
        <translation>伺服器網址必須以 http:// 或 https:// 開頭。</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="73"/>
        <source>The server URL is not a valid URL.</source>
        <translation>伺服器網址不是有效的網址。</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="60"/>
        <source>Do not put a user name or password in the server URL; use an authentication configuration instead.</source>
        <translation>請勿在伺服器網址中加入使用者名稱或密碼，請改用身分驗證設定。</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="67"/>
        <source>The server URL must not contain a query or a fragment.</source>
        <translation>伺服器網址不可包含查詢字串或片段。</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="69"/>
        <source>The server URL has no host name.</source>
        <translation>伺服器網址沒有主機名稱。</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="80"/>
        <source>The authentication configuration id is not valid.</source>
        <translation>身分驗證設定的編號無效。</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="89"/>
        <source>&apos;{}&apos; is not a two-letter country code (ISO 3166-1 alpha-2).</source>
        <translation>「{}」不是兩字母國家代碼（ISO 3166-1 alpha-2）。</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="166"/>
        <source>The cache age must be a whole number of hours from {} to {}.</source>
        <translation>快取時間必須是 {} 到 {} 之間的整數小時。</translation>
    </message>
    <message>
        <location filename="../qgis_io/settings.py" line="185"/>
        <source>The request timeout must be a whole number of seconds from {} to {}.</source>
        <translation>請求逾時必須是 {} 到 {} 之間的整數秒。</translation>
    </message>
</context>
<context>
    <name>RefreshTask</name>
    <message>
        <location filename="../layers/refresh.py" line="91"/>
        <source>Loading QGIS Certification layers</source>
        <translation>正在載入 QGIS 認證圖層</translation>
    </message>
    <message>
        <location filename="../layers/refresh.py" line="147"/>
        <source>The certified organisations layer was skipped: QGIS&apos;s world map ({}) is not installed.</source>
        <translation>已略過已認證機構圖層：QGIS 世界地圖（{}）未安裝。</translation>
    </message>
    <message>
        <location filename="../layers/refresh.py" line="278"/>
        <source>The refresh was cancelled.</source>
        <translation>更新已取消。</translation>
    </message>
    <message>
        <location filename="../layers/refresh.py" line="296"/>
        <source>The certification layers are up to date.</source>
        <translation>認證圖層已是最新。</translation>
    </message>
    <message>
        <location filename="../layers/refresh.py" line="302"/>
        <source>Certification layers updated: {} training centres, {} upcoming courses, {} certified organisations.</source>
        <translation>認證圖層已更新：{} 個訓練中心、{} 個即將開課的課程、{} 個已認證機構。</translation>
    </message>
    <message>
        <location filename="../layers/refresh.py" line="321"/>
        <source>The refresh of the certification layers was cancelled.</source>
        <translation>認證圖層的更新已取消。</translation>
    </message>
    <message>
        <location filename="../layers/refresh.py" line="332"/>
        <source>Could not update the certification layers. {}
{}</source>
        <translation>無法更新認證圖層。{}
{}</translation>
    </message>
    <message>
        <location filename="../layers/refresh.py" line="332"/>
        <source>The layers keep their cached data.</source>
        <translation>圖層保留其快取資料。</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <location filename="../gui/base/rows_table.py" line="79"/>
        <source>Add row</source>
        <translation>新增列</translation>
    </message>
    <message>
        <location filename="../gui/base/rows_table.py" line="81"/>
        <source>Remove row</source>
        <translation>移除列</translation>
    </message>
</context>
<context>
    <name>TaskContext</name>
    <message>
        <location filename="../qgis_io/tasks.py" line="181"/>
        <source>The operation was cancelled.</source>
        <translation>作業已取消。</translation>
    </message>
</context>
<context>
    <name>Uploads</name>
    <message>
        <location filename="../qgis_io/uploads.py" line="192"/>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>無法讀取檔案 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>WorkflowDock</name>
    <message>
        <location filename="../gui/base/workflow_dock.py" line="86"/>
        <source>Open the website</source>
        <translation>開啟網站</translation>
    </message>
    <message>
        <location filename="../gui/base/workflow_dock.py" line="187"/>
        <source>This server does not offer {feature}: it is done on the website.</source>
        <translation>此伺服器不提供{feature}：請在網站上進行。</translation>
    </message>
</context>
</TS>
