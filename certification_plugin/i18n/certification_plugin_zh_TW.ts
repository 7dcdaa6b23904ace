<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
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
    <name>CertificationOptionsPage</name>
    <message>
        <location filename="../gui/options_page.py" line="80"/>
        <source>Certification server</source>
        <translation>認證伺服器</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="84"/>
        <source>certification.qgis.org, or a server that offers the certification API v1. Do not put credentials in the URL.</source>
        <translation>certification.qgis.org，或提供認證 API v1 的伺服器。請勿在網址中放入登入憑證。</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="90"/>
        <source>Server URL</source>
        <translation>伺服器網址</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="92"/>
        <source>Authentication</source>
        <translation>身分驗證</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="95"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="96"/>
        <source>Request timeout</source>
        <translation>請求逾時</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="99"/>
        <source>Test connection</source>
        <translation>測試連線</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="111"/>
        <source>Layers and cache</source>
        <translation>圖層與快取</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="114"/>
        <source>All countries (or e.g. RO, SE)</source>
        <translation>所有國家（或例如 RO, SE）</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="115"/>
        <source>Countries</source>
        <translation>國家</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="118"/>
        <source> h</source>
        <translation> 小時</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="119"/>
        <source>Never update automatically</source>
        <translation>永不自動更新</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="120"/>
        <source>When a project with the certification layers opens and their data is older than this, it is updated in the background.</source>
        <translation>開啟含有認證圖層的專案時，若圖層資料早於此時間，會在背景中更新。</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="126"/>
        <source>Update layers older than</source>
        <translation>更新早於以下時間的圖層</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="128"/>
        <source>Clear cache</source>
        <translation>清除快取</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="199"/>
        <source>Setting not saved: {}</source>
        <translation>設定未儲存：{}</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="222"/>
        <source>Connecting to {}…</source>
        <translation>正在連線到 {}…</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="223"/>
        <source>Testing the connection to the certification server</source>
        <translation>正在測試與認證伺服器的連線</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="242"/>
        <source>Connection failed: {}</source>
        <translation>連線失敗：{}</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="249"/>
        <source>Clearing the cache…</source>
        <translation>正在清除快取…</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="256"/>
        <source>The cache is empty; load the layers to fill it.</source>
        <translation>快取是空的；載入圖層即可填入資料。</translation>
    </message>
</context>
<context>
    <name>CertificationPlugin</name>
    <message>
        <location filename="../plugin.py" line="100"/>
        <source>QGIS Certification</source>
        <translation>QGIS 認證</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="103"/>
        <source>Load certification layers</source>
        <translation>載入認證圖層</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="103"/>
        <source>Add certified organisations, training centres and upcoming courses to the map, or update them</source>
        <translation>將已認證機構、訓練中心與即將開課的課程加入地圖，或更新這些資料</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="112"/>
        <source>Find a course</source>
        <translation>尋找課程</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="112"/>
        <source>Search upcoming QGIS courses near you</source>
        <translation>搜尋您附近即將開課的 QGIS 課程</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="121"/>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="121"/>
        <source>Server, authentication and cache settings</source>
        <translation>伺服器、身分驗證與快取設定</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="268"/>
        <source>The certification layers are already being updated.</source>
        <translation>認證圖層已在更新中。</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="309"/>
        <source>The certification cache was cleared.</source>
        <translation>已清除認證快取。</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="314"/>
        <source>The certification cache could not be cleared: {}</source>
        <translation>無法清除認證快取：{}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="322"/>
        <source>Clearing the QGIS Certification cache</source>
        <translation>正在清除 QGIS 認證快取</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="344"/>
        <source>The certification layers are older than the set maximum age; updating.</source>
        <translation>認證圖層已超過設定的最長保存時間，正在更新。</translation>
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
</context>
<context>
    <name>CourseFinder</name>
    <message>
        <location filename="../gui/course_finder_model.py" line="41"/>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="110"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="60"/>
        <source>Course type</source>
        <translation>課程類型</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="111"/>
        <source>Training centre</source>
        <translation>訓練中心</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="112"/>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="66"/>
        <source>Trainer</source>
        <translation>講師</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="113"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="68"/>
        <source>Competence</source>
        <translation>能力</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="109"/>
        <source>Course</source>
        <translation>課程</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="114"/>
        <source>Distance (km)</source>
        <translation>距離 (km)</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="135"/>
        <source>(unnamed course)</source>
        <translation>（未命名課程）</translation>
    </message>
</context>
<context>
    <name>CourseFinderDock</name>
    <message>
        <location filename="../gui/course_finder_dock.py" line="78"/>
        <source>Find a course</source>
        <translation>尋找課程</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="113"/>
        <source>Search courses, centres, organisations…</source>
        <translation>搜尋課程、中心、機構…</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="131"/>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="133"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="135"/>
        <source>Course type</source>
        <translation>課程類型</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="137"/>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="141"/>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="143"/>
        <source>Untick to show courses from any start date</source>
        <translation>取消勾選即顯示任何開始日期的課程</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="147"/>
        <source>Until</source>
        <translation>迄</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="149"/>
        <source>Untick to show courses up to any start date</source>
        <translation>取消勾選即不限制課程的最晚開始日期</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="163"/>
        <source>Map centre</source>
        <translation>地圖中心</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="164"/>
        <source>Measure distances from the centre of the map</source>
        <translation>從地圖中心測量距離</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="165"/>
        <source>Pick point</source>
        <translation>選取點</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="167"/>
        <source>Click on the map to measure distances from there</source>
        <translation>在地圖上點選一處，從該處測量距離</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="190"/>
        <source>Course page</source>
        <translation>課程頁面</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="191"/>
        <source>Open the course&apos;s page on the certification website</source>
        <translation>在認證網站上開啟課程頁面</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="194"/>
        <source>Organisation website</source>
        <translation>機構網站</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="195"/>
        <source>Open the website of the organisation</source>
        <translation>開啟機構網站</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="196"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="197"/>
        <source>Download the latest courses from the server</source>
        <translation>從伺服器下載最新課程</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="333"/>
        <source>Reading the courses…</source>
        <translation>正在讀取課程…</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="339"/>
        <source>Reading cached QGIS courses</source>
        <translation>正在讀取快取的 QGIS 課程</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="355"/>
        <source>The cached courses could not be read: {}</source>
        <translation>無法讀取快取的課程：{}</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="370"/>
        <source>Downloading the latest courses…</source>
        <translation>正在下載最新課程…</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="384"/>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="430"/>
        <source>No upcoming courses in the cache. Click Update to download.</source>
        <translation>快取中沒有即將開課的課程。請按「更新」下載。</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="432"/>
        <source>No course data yet. Click Update to download the courses.</source>
        <translation>尚無課程資料。請按「更新」下載課程。</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="434"/>
        <source>{} of {} courses</source>
        <translation>顯示 {} 門，共 {} 門課程</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="473"/>
        <source>Distances: no reference point</source>
        <translation>距離：無參考點</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="477"/>
        <source>Distances from the picked point ({})</source>
        <translation>與選取點的距離（{}）</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="479"/>
        <source>Distances from the map centre ({})</source>
        <translation>與地圖中心的距離（{}）</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="501"/>
        <source>This course is online: it has no place on the map.</source>
        <translation>此課程為線上課程，在地圖上沒有位置。</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="519"/>
        <source>Zoom to course</source>
        <translation>縮放至課程</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="522"/>
        <source>Open course page</source>
        <translation>開啟課程頁面</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="525"/>
        <source>Open organisation website</source>
        <translation>開啟機構網站</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="536"/>
        <source>This course has no page on the certification website.</source>
        <translation>此課程在認證網站上沒有頁面。</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="564"/>
        <source>Reading QGIS certified organisations</source>
        <translation>正在讀取 QGIS 已認證機構</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="583"/>
        <source>The organisation&apos;s website could not be looked up.</source>
        <translation>無法查詢該機構的網站。</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_dock.py" line="594"/>
        <source>{} has not published a website address that can be opened.</source>
        <translation>{} 未公布可開啟的網站地址。</translation>
    </message>
</context>
<context>
    <name>TaskContext</name>
    <message>
        <location filename="../qgis_io/tasks.py" line="203"/>
        <source>The operation was cancelled.</source>
        <translation>作業已取消。</translation>
    </message>
</context>
</TS>
