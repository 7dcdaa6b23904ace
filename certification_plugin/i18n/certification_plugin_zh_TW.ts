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
    <name>ApplicationPage</name>
    <message>
        <location filename="../gui/reviews/application_page.py" line="98"/>
        <source>Try again</source>
        <translation>再試一次</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="113"/>
        <source>You declared a conflict of interest with this organisation: you are excluded from its review and its material is not shown to you.</source>
        <translation>您已聲明與此機構有利益衝突：您已被排除於其審查之外，也不會看到其教材。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="134"/>
        <source>Files and what QGIS found in them</source>
        <translation>檔案與 QGIS 檢查結果</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="143"/>
        <source>Download and open</source>
        <translation>下載並開啟</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="146"/>
        <source>Cancel downloads</source>
        <translation>取消下載</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="179"/>
        <source>This item names no application.</source>
        <translation>此項目未指明任何申請。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="217"/>
        <source>Reading your declaration…</source>
        <translation>正在讀取您的聲明…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="230"/>
        <source>Reading the conflict declaration</source>
        <translation>正在讀取利益衝突聲明</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="286"/>
        <source>The server did not record it.</source>
        <translation>伺服器未予記錄。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="307"/>
        <source>Sending the conflict declaration</source>
        <translation>正在送出利益衝突聲明</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="329"/>
        <source>Reading the application…</source>
        <translation>正在讀取申請…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="351"/>
        <source>Reading the application</source>
        <translation>正在讀取申請</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="482"/>
        <source>The download of {name} was cancelled.</source>
        <translation>已取消下載 {name}。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="484"/>
        <source>{name} could not be downloaded: {reason}</source>
        <translation>無法下載 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="489"/>
        <source>Downloading {name}…</source>
        <translation>正在下載 {name}…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_page.py" line="490"/>
        <source>Downloading {name}</source>
        <translation>正在下載 {name}</translation>
    </message>
</context>
<context>
    <name>ApplyDock</name>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="202"/>
        <source>Apply for certification</source>
        <translation>申請認證</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="225"/>
        <source>applications</source>
        <translation>認證申請</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="244"/>
        <source>Connecting to the certification server…</source>
        <translation>正在連線到認證伺服器…</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="244"/>
        <source>Sign in…</source>
        <translation>登入…</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="264"/>
        <source>QGIS checks of the files</source>
        <translation>QGIS 檔案檢查</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="285"/>
        <source>Check files</source>
        <translation>檢查檔案</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="365"/>
        <source>Submit…</source>
        <translation>送出…</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="299"/>
        <source>Your answers so far, to paste into the website&apos;s form:</source>
        <translation>您目前的回答，可貼到網站的表單中：</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="306"/>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="324"/>
        <source>Logo</source>
        <translation>標誌</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="350"/>
        <source>All files</source>
        <translation>所有檔案</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="351"/>
        <source>Accepted files</source>
        <translation>可接受的檔案</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="365"/>
        <source>Resubmit…</source>
        <translation>重新送出…</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="402"/>
        <source>The saved draft could not be read; it was set aside. {problem}</source>
        <translation>無法讀取已儲存的草稿，已將其另存備份。{problem}</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="422"/>
        <source>Reading the certification application</source>
        <translation>正在讀取認證申請</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="429"/>
        <source>The server could not be reached; your draft is kept on this computer. {error}</source>
        <translation>無法連線到伺服器；您的草稿已保留在這台電腦上。{error}</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="450"/>
        <source>Sign in to the certification server to apply; your draft is kept.</source>
        <translation>請登入認證伺服器以提出申請；您的草稿會保留。</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="492"/>
        <source>The server&apos;s copy of the draft was newer; it is shown.</source>
        <translation>伺服器上的草稿較新，已顯示該版本。</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="499"/>
        <source>Two versions of the draft</source>
        <translation>草稿有兩個版本</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="500"/>
        <source>The draft on this computer and the one on the server (changed on {when}) differ. Which one do you want to keep?</source>
        <translation>這台電腦上的草稿與伺服器上的草稿（修改於 {when}）不同。您要保留哪一份？</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="506"/>
        <source>The other one is replaced.</source>
        <translation>另一份將被取代。</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="507"/>
        <source>Keep this computer&apos;s</source>
        <translation>保留這台電腦的</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="508"/>
        <source>Use the server&apos;s</source>
        <translation>使用伺服器的</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="524"/>
        <source>The server&apos;s draft is shown.</source>
        <translation>已顯示伺服器上的草稿。</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="630"/>
        <source>Saving the application draft on the server</source>
        <translation>正在將申請草稿儲存到伺服器</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="643"/>
        <source>Draft saved on the server.</source>
        <translation>草稿已儲存到伺服器。</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="657"/>
        <source>Saved on this computer; the server&apos;s copy was not updated. {error}</source>
        <translation>已儲存在這台電腦上；伺服器上的副本未更新。{error}</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="681"/>
        <source>Reading the server&apos;s draft</source>
        <translation>正在讀取伺服器上的草稿</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="692"/>
        <source>The server did not accept the application; see the marked fields.</source>
        <translation>伺服器不接受此申請；請查看標示的欄位。</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="707"/>
        <source>Self-check</source>
        <translation>自我檢核</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="730"/>
        <source>Some answers are missing or not valid; see the marked fields.</source>
        <translation>有些回答缺漏或無效；請查看標示的欄位。</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="766"/>
        <source>Checking training material with QGIS</source>
        <translation>正在以 QGIS 檢查培訓教材</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="776"/>
        <source>Submit the application</source>
        <translation>送出申請</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="777"/>
        <source>Submit the application now? Its files are checked with QGIS and uploaded first. After submitting you cannot change it unless the reviewers ask for changes.</source>
        <translation>現在要送出申請嗎？系統會先以 QGIS 檢查並上傳申請中的檔案。送出後便無法再修改，除非審查人員要求修改。</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="786"/>
        <source>Submit</source>
        <translation>送出</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="804"/>
        <source>The certification managers screen the application, then the QGIS user group of your country or the QGIS PSC reviews it; expect an answer in about a month.</source>
        <translation>認證管理員會先初審申請，再由您所在國家的 QGIS 使用者社群或 QGIS PSC 審查；預計約一個月內會收到回覆。</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="834"/>
        <source>Uploading the material and submitting…</source>
        <translation>正在上傳教材並送出…</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="835"/>
        <source>Submitting the certification application</source>
        <translation>正在送出認證申請</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="865"/>
        <source>The application was submitted.</source>
        <translation>申請已送出。</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="870"/>
        <source>Submitting was cancelled; your draft is kept.</source>
        <translation>已取消送出；您的草稿會保留。</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="876"/>
        <source>The application was not submitted; your draft is kept. {error}</source>
        <translation>申請未送出；您的草稿會保留。{error}</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="887"/>
        <source>Remarks of the reviewers: {remarks}</source>
        <translation>審查人員的意見：{remarks}</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="908"/>
        <source>A new application, starting from your previous answers.</source>
        <translation>新的申請，以您先前的回答為起點。</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="914"/>
        <source>Withdraw the application</source>
        <translation>撤回申請</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="914"/>
        <source>Withdraw application {id}? This cannot be undone.</source>
        <translation>要撤回申請 {id} 嗎？此動作無法復原。</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="930"/>
        <source>Withdrawing the application</source>
        <translation>正在撤回申請</translation>
    </message>
    <message>
        <location filename="../gui/applications/apply_dock.py" line="935"/>
        <source>Your answers were copied; paste them into the website&apos;s form.</source>
        <translation>已複製您的回答；請貼到網站的表單中。</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="22"/>
        <source>Answer yes to submit.</source>
        <translation>請回答「是」才能送出。</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="23"/>
        <source>Enter one web address per line, each starting with http:// or https://.</source>
        <translation>請每行輸入一個網址，且都以 http:// 或 https:// 開頭。</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="24"/>
        <source>Enter a QGIS version such as 3.34.</source>
        <translation>請輸入 QGIS 版本，例如 3.34。</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="25"/>
        <source>Add at least one file or link for lectures or exercises.</source>
        <translation>請為講義或練習至少新增一個檔案或連結。</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="26"/>
        <source>Add at least one course.</source>
        <translation>請至少新增一門課程。</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="27"/>
        <source>The end date is before the start date.</source>
        <translation>結束日期早於開始日期。</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="33"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="49"/>
        <source>Submitted</source>
        <translation>已送出</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="35"/>
        <source>Screening</source>
        <translation>初審中</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="36"/>
        <source>Under review</source>
        <translation>審查中</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="52"/>
        <source>Changes requested</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="38"/>
        <source>Resubmitted</source>
        <translation>已重新送出</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="53"/>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="54"/>
        <source>Rejected</source>
        <translation>未通過</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="55"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="48"/>
        <source>Created</source>
        <translation>已建立</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="50"/>
        <source>Screening started</source>
        <translation>開始初審</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="51"/>
        <source>Sent for review</source>
        <translation>已送交審查</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="56"/>
        <source>Material added</source>
        <translation>已新增教材</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="58"/>
        <source>Material removed</source>
        <translation>已移除教材</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="69"/>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="70"/>
        <source>Contributions</source>
        <translation>貢獻</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="71"/>
        <source>Message to the reviewers</source>
        <translation>給審查人員的訊息</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="106"/>
        <source>Organisation name</source>
        <translation>機構名稱</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="107"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="108"/>
        <source>Website</source>
        <translation>網站</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="109"/>
        <source>Postal address</source>
        <translation>郵寄地址</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="110"/>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="111"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="112"/>
        <source>VAT number</source>
        <translation>統一編號（VAT）</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="79"/>
        <source>Contributions to QGIS</source>
        <translation>對 QGIS 的貢獻</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="80"/>
        <source>One row per contribution; links one per line.</source>
        <translation>每項貢獻一列；連結每行一個。</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="83"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="84"/>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="85"/>
        <source>Links</source>
        <translation>連結</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="86"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="87"/>
        <source>End</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="88"/>
        <source>QGIS development (commits)</source>
        <translation>QGIS 開發（commit）</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="89"/>
        <source>Documentation and training material</source>
        <translation>文件與培訓教材</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="90"/>
        <source>Translation</source>
        <translation>翻譯</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="91"/>
        <source>Plugins</source>
        <translation>外掛</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="92"/>
        <source>Bug reports</source>
        <translation>錯誤回報</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="93"/>
        <source>Funding new features</source>
        <translation>資助新功能</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="94"/>
        <source>Financial contributions or sponsorship</source>
        <translation>財務捐助或贊助</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="95"/>
        <source>The local user group</source>
        <translation>在地使用者社群</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="96"/>
        <source>Open QGIS courseware</source>
        <translation>開放的 QGIS 教材</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="97"/>
        <source>QGIS books</source>
        <translation>QGIS 書籍</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="98"/>
        <source>All rights reserved</source>
        <translation>保留所有權利</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="99"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="113"/>
        <source>Contribution</source>
        <translation>貢獻</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="114"/>
        <source>Course</source>
        <translation>課程</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="115"/>
        <source>Course type</source>
        <translation>課程類型</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="116"/>
        <source>Licence</source>
        <translation>授權條款</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="117"/>
        <source>QGIS version</source>
        <translation>QGIS 版本</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="118"/>
        <source>Lectures</source>
        <translation>講義</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="119"/>
        <source>Exercises</source>
        <translation>練習</translation>
    </message>
    <message>
        <location filename="../gui/applications/texts.py" line="120"/>
        <source>Data</source>
        <translation>資料</translation>
    </message>
</context>
<context>
    <name>AttendeesPanel</name>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="187"/>
        <source>First name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="188"/>
        <source>Surname</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="189"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="93"/>
        <source>Certificate</source>
        <translation>證書</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="103"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="104"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="107"/>
        <source>Import CSV…</source>
        <translation>匯入 CSV…</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="110"/>
        <source>From layer…</source>
        <translation>從圖層匯入…</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="149"/>
        <source>Reading the attendees…</source>
        <translation>正在讀取學員…</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="160"/>
        <source>Reading the attendees</source>
        <translation>正在讀取學員</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="191"/>
        <source>Add an attendee</source>
        <translation>新增學員</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="215"/>
        <source>{name} was added.</source>
        <translation>已新增 {name}。</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="223"/>
        <source>Adding an attendee</source>
        <translation>正在新增學員</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="235"/>
        <source>Remove {name} from this course?</source>
        <translation>要將 {name} 從此課程中移除嗎？</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="236"/>
        <source>Remove an attendee</source>
        <translation>移除學員</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="245"/>
        <source>{name} was removed.</source>
        <translation>已移除 {name}。</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="251"/>
        <source>{name} was not removed: {reason}</source>
        <translation>未移除 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="257"/>
        <source>Removing an attendee</source>
        <translation>正在移除學員</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="261"/>
        <source>Import attendees from a CSV file</source>
        <translation>從 CSV 檔案匯入學員</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="261"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 檔案 (*.csv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="290"/>
        <source>The file is larger than 2 MB; split it into smaller files.</source>
        <translation>檔案大於 2 MB，請將其分割成較小的檔案。</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="298"/>
        <source>Checking the file…</source>
        <translation>正在檢查檔案…</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="299"/>
        <source>Checking the attendees&apos; file</source>
        <translation>正在檢查學員檔案</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="319"/>
        <source>The layer has no features to import.</source>
        <translation>圖層中沒有可匯入的圖徵。</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="332"/>
        <source>Checking the rows…</source>
        <translation>正在檢查資料列…</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="333"/>
        <source>Checking the attendees&apos; rows</source>
        <translation>正在檢查學員資料列</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="374"/>
        <source>Nothing was imported: some rows are not valid.</source>
        <translation>未匯入任何資料：有些資料列無效。</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="389"/>
        <source>Importing the attendees…</source>
        <translation>正在匯入學員…</translation>
    </message>
    <message>
        <location filename="../gui/training/attendees_panel.py" line="390"/>
        <source>Importing the attendees</source>
        <translation>正在匯入學員</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/attendees_panel.py" line="393"/>
        <source>%n attendee(s) imported.</source>
        <translation>
            <numerusform>已匯入 %n 位學員。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/attendees_panel.py" line="400"/>
        <source>%n invalid row(s) skipped.</source>
        <translation>
            <numerusform>已略過 %n 列無效資料。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuyDialog</name>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="85"/>
        <source>Buy credits</source>
        <translation>購買點數</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="101"/>
        <source>Credits to buy:</source>
        <translation>購買點數：</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="103"/>
        <source>Total:</source>
        <translation>總計：</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="109"/>
        <source>Payment:</source>
        <translation>付款方式：</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="116"/>
        <source>Buy</source>
        <translation>購買</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="146"/>
        <source>Reading the price…</source>
        <translation>正在讀取價格…</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="147"/>
        <source>Reading the credits</source>
        <translation>正在讀取點數</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/payments/buy_dialog.py" line="192"/>
        <source>%n credit(s) = {total}</source>
        <translation>
            <numerusform>%n 點 = {total}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="201"/>
        <source>The payment page opens in your browser; the credits arrive once it is paid.</source>
        <translation>付款頁面會在您的瀏覽器中開啟；付款完成後點數即會入帳。</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="205"/>
        <source>An invoice is issued now; the credits arrive once the transfer is booked.</source>
        <translation>系統會立即開立發票；銀行轉帳入帳後點數即會入帳。</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="246"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="248"/>
        <source>Not bought: {reason}
Buy again to retry; the same order is sent.</source>
        <translation>未購買：{reason}
請再次購買以重試；系統會送出同一筆訂單。</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="255"/>
        <source>Ordering…</source>
        <translation>正在下訂單…</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="256"/>
        <source>Ordering credits</source>
        <translation>正在訂購點數</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="337"/>
        <source>Checking the payment</source>
        <translation>正在確認付款</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="359"/>
        <source>The payment is not confirmed yet; Refresh shows the balance later.</source>
        <translation>付款尚未確認；稍後可按「重新整理」查看餘額。</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="372"/>
        <source>Waiting for the payment…</source>
        <translation>正在等待付款…</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="377"/>
        <source>Invoice {number} issued; the credits arrive once the transfer is booked.</source>
        <translation>已開立發票 {number}；銀行轉帳入帳後點數即會入帳。</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="400"/>
        <source>Reading the invoice</source>
        <translation>正在讀取發票</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/payments/buy_dialog.py" line="415"/>
        <source>Paid: %n credit(s) added.</source>
        <translation>
            <numerusform>已付款：已加入 %n 點。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="424"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="424"/>
        <source>expired</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="424"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../gui/payments/buy_dialog.py" line="426"/>
        <source>The payment {state}. {reason}</source>
        <translation>付款{state}。{reason}</translation>
    </message>
</context>
<context>
    <name>CentreForm</name>
    <message>
        <location filename="../gui/training/centre_form.py" line="27"/>
        <source>Pick on the map</source>
        <translation>在地圖上點選</translation>
    </message>
    <message>
        <location filename="../gui/training/centre_form.py" line="29"/>
        <source>Click the centre&apos;s place on the map</source>
        <translation>在地圖上點選訓練中心的位置</translation>
    </message>
    <message>
        <location filename="../gui/training/centre_form.py" line="31"/>
        <source>Online (no location)</source>
        <translation>線上（無位置）</translation>
    </message>
</context>
<context>
    <name>CertificateVerify</name>
    <message>
        <location filename="../qgis_io/certificate_verify.py" line="118"/>
        <source>Verifying certificate {}</source>
        <translation>正在驗證證書 {}</translation>
    </message>
    <message>
        <location filename="../qgis_io/certificate_verify.py" line="128"/>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../qgis_io/certificate_verify.py" line="130"/>
        <source>revoked</source>
        <translation>已撤銷</translation>
    </message>
    <message>
        <location filename="../qgis_io/certificate_verify.py" line="131"/>
        <source>not found</source>
        <translation>找不到</translation>
    </message>
    <message>
        <location filename="../qgis_io/certificate_verify.py" line="137"/>
        <source>Certificate {}: no certificate with this number has been issued.</source>
        <translation>證書 {}：尚未核發此編號的證書。</translation>
    </message>
    <message>
        <location filename="../qgis_io/certificate_verify.py" line="147"/>
        <source>(the organisation is not certified today)</source>
        <translation>（該機構目前未通過認證）</translation>
    </message>
    <message>
        <location filename="../qgis_io/certificate_verify.py" line="154"/>
        <source>{} is not a certificate number; they look like QGIS-1234.</source>
        <translation>{} 不是證書編號；證書編號的格式如 QGIS-1234。</translation>
    </message>
    <message>
        <location filename="../qgis_io/certificate_verify.py" line="163"/>
        <source>Could not verify certificate {}.</source>
        <translation>無法驗證證書 {}。</translation>
    </message>
    <message>
        <location filename="../qgis_io/certificate_verify.py" line="143"/>
        <source>Certificate {id}: {who} — {status}</source>
        <translation>證書 {id}：{who} — {status}</translation>
    </message>
</context>
<context>
    <name>CertificatesPanel</name>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="100"/>
        <source>ID</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="100"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="100"/>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="100"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="100"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="100"/>
        <source>PDF ready</source>
        <translation>PDF 已就緒</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="100"/>
        <source>Sent</source>
        <translation>已寄送</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="113"/>
        <source>Issue…</source>
        <translation>核發…</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="114"/>
        <source>Download PDFs…</source>
        <translation>下載 PDF…</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="323"/>
        <source>Send to attendees</source>
        <translation>寄送給學員</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="120"/>
        <source>Correct name…</source>
        <translation>更正姓名…</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="123"/>
        <source>Revoke…</source>
        <translation>撤銷…</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="175"/>
        <source>Reading the certificates</source>
        <translation>正在讀取證書</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="182"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="182"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="221"/>
        <source>Reading the attendees</source>
        <translation>正在讀取學員</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="246"/>
        <source>Folder for the certificates&apos; PDFs</source>
        <translation>存放證書 PDF 的資料夾</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="284"/>
        <source>The PDFs could not be downloaded: {reason}</source>
        <translation>無法下載 PDF：{reason}</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="290"/>
        <source>Downloading the PDFs…</source>
        <translation>正在下載 PDF…</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="291"/>
        <source>Downloading the certificates&apos; PDFs</source>
        <translation>正在下載證書 PDF</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/certificates_panel.py" line="296"/>
        <source>%n PDF(s) saved in {folder}.</source>
        <translation>
            <numerusform>已將 %n 個 PDF 儲存至 {folder}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="305"/>
        <source>Files with unexpected names were not saved: {names}</source>
        <translation>未儲存名稱不符預期的檔案：{names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/certificates_panel.py" line="325"/>
        <source>Already sent: %n certificate(s). Send them again too?</source>
        <translation>
            <numerusform>已寄送過 %n 張證書。也要再次寄送這些證書嗎？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="338"/>
        <source>Every certificate was sent already.</source>
        <translation>所有證書皆已寄送。</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/certificates_panel.py" line="340"/>
        <source>Send %n certificate(s) by e-mail to their attendees?</source>
        <translation>
            <numerusform>要以電子郵件將 %n 張證書寄送給對應的學員嗎？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/certificates_panel.py" line="360"/>
        <source>%n e-mail(s) queued.</source>
        <translation>
            <numerusform>已將 %n 封電子郵件排入寄送佇列。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="370"/>
        <source>Sending the certificates</source>
        <translation>正在寄送證書</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="375"/>
        <source>First name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="376"/>
        <source>Surname</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="377"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="388"/>
        <source>Correct the name on {id}</source>
        <translation>更正 {id} 上的姓名</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="388"/>
        <source>The PDF is made again under the same id; the old name is kept in its history.</source>
        <translation>系統會以相同編號重新產生 PDF；舊姓名會保留在其歷程記錄中。</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="408"/>
        <source>{id} was corrected.</source>
        <translation>已更正 {id}。</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="414"/>
        <source>{id} was not corrected: {reason}</source>
        <translation>未更正 {id}：{reason}</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="420"/>
        <source>Correcting a certificate</source>
        <translation>正在更正證書</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="431"/>
        <source>Revoke {id}</source>
        <translation>撤銷 {id}</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="431"/>
        <source>A revoked certificate verifies as revoked. Why is it revoked?</source>
        <translation>已撤銷的證書在驗證時會顯示為已撤銷。撤銷的原因為何？</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="441"/>
        <source>Say why the certificate is revoked.</source>
        <translation>請說明撤銷證書的原因。</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="449"/>
        <source>{id} was revoked.</source>
        <translation>已撤銷 {id}。</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="455"/>
        <source>{id} was not revoked: {reason}</source>
        <translation>未撤銷 {id}：{reason}</translation>
    </message>
    <message>
        <location filename="../gui/training/certificates_panel.py" line="461"/>
        <source>Revoking a certificate</source>
        <translation>正在撤銷證書</translation>
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
    <message>
        <location filename="../qgis_io/auth.py" line="98"/>
        <source>The QGIS authentication system is not available.</source>
        <translation>QGIS 身分驗證系統無法使用。</translation>
    </message>
    <message>
        <location filename="../qgis_io/auth.py" line="100"/>
        <source>Set or enter the QGIS master password: it protects the token QGIS keeps.</source>
        <translation>請設定或輸入 QGIS 主密碼：它會保護 QGIS 所保存的權杖。</translation>
    </message>
    <message>
        <location filename="../qgis_io/auth.py" line="119"/>
        <source>QGIS could not store the authentication configuration.</source>
        <translation>QGIS 無法儲存身分驗證設定。</translation>
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
        <location filename="../gui/locator_filter.py" line="109"/>
        <source>QGIS Certification courses, centres and organisations</source>
        <translation>QGIS 認證的課程、中心與機構</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="198"/>
        <source>Upcoming courses</source>
        <translation>即將開課的課程</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="230"/>
        <source>Training centres</source>
        <translation>訓練中心</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="276"/>
        <source>Certified organisations</source>
        <translation>已認證機構</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="312"/>
        <source>{} is online: it has no place on the map.</source>
        <translation>{} 為線上課程，在地圖上沒有位置。</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="332"/>
        <source>{} has no page on the certification website.</source>
        <translation>{} 在認證網站上沒有頁面。</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="114"/>
        <source>Find upcoming QGIS courses, training centres and certified organisations</source>
        <translation>尋找即將開課的 QGIS 課程、訓練中心與已認證機構</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="148"/>
        <source>Verify certificate {}</source>
        <translation>驗證證書 {}</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="152"/>
        <source>Look the number up on {}</source>
        <translation>在 {} 上查詢此編號</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="156"/>
        <source>Look the number up on the certification server</source>
        <translation>在認證伺服器上查詢此編號</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="159"/>
        <source>Certificates</source>
        <translation>證書</translation>
    </message>
    <message>
        <location filename="../gui/locator_filter.py" line="357"/>
        <source>Verifying certificate {}</source>
        <translation>正在驗證證書 {}</translation>
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
        <location filename="../gui/options_page.py" line="116"/>
        <source>Layers and cache</source>
        <translation>圖層與快取</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="122"/>
        <source>Countries</source>
        <translation>國家</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="130"/>
        <source> h</source>
        <translation> 小時</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="131"/>
        <source>Never update automatically</source>
        <translation>永不自動更新</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="132"/>
        <source>When a project with the certification layers opens and their data is older than this, it is updated in the background.</source>
        <translation>開啟含有認證圖層的專案時，若圖層資料早於此時間，會在背景中更新。</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="138"/>
        <source>Update layers older than</source>
        <translation>更新早於以下時間的圖層</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="140"/>
        <source>Clear cache</source>
        <translation>清除快取</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="265"/>
        <source>Setting not saved: {}</source>
        <translation>設定未儲存：{}</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="289"/>
        <source>Connecting to {}…</source>
        <translation>正在連線到 {}…</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="290"/>
        <source>Testing the connection to the certification server</source>
        <translation>正在測試與認證伺服器的連線</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="309"/>
        <source>Connection failed: {}</source>
        <translation>連線失敗：{}</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="314"/>
        <source>Clearing the cache…</source>
        <translation>正在清除快取…</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="321"/>
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
        <location filename="../gui/options_page.py" line="330"/>
        <source>QGIS Certification</source>
        <translation>QGIS 認證</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="119"/>
        <source>Show only these countries on the layers; none checked shows them all.</source>
        <translation>圖層只顯示這些國家；未勾選任何國家時顯示全部。</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="123"/>
        <source>Add a light country background when the layers go into an empty project</source>
        <translation>將圖層載入空白專案時加入淺色國家底圖</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="102"/>
        <source>Sign in with the browser…</source>
        <translation>使用瀏覽器登入…</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="104"/>
        <source>Sign out</source>
        <translation>登出</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="210"/>
        <source>Sign in on the web page of the server and approve QGIS there.</source>
        <translation>在伺服器的網頁上登入，並在該處核准 QGIS。</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="210"/>
        <source>Save the new server URL first (OK), then sign in.</source>
        <translation>請先儲存新的伺服器網址（確定），再登入。</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="234"/>
        <source>Signed in as {}.</source>
        <translation>已登入為 {}。</translation>
    </message>
    <message>
        <location filename="../gui/options_page.py" line="242"/>
        <source>Signing out…</source>
        <translation>正在登出…</translation>
    </message>
</context>
<context>
    <name>CertificationPlugin</name>
    <message>
        <location filename="../plugin.py" line="111"/>
        <source>QGIS Certification</source>
        <translation>QGIS 認證</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="114"/>
        <source>Load certification layers</source>
        <translation>載入認證圖層</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="114"/>
        <source>Add certified organisations, training centres and upcoming courses to the map, or update them</source>
        <translation>將已認證機構、訓練中心與即將開課的課程加入地圖，或更新這些資料</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="123"/>
        <source>Find a course</source>
        <translation>尋找課程</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="123"/>
        <source>Search upcoming QGIS courses near you</source>
        <translation>搜尋您附近即將開課的 QGIS 課程</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="164"/>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="164"/>
        <source>Server, authentication and cache settings</source>
        <translation>伺服器、身分驗證與快取設定</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="356"/>
        <source>The certification layers are already being updated.</source>
        <translation>認證圖層已在更新中。</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="397"/>
        <source>The certification cache was cleared.</source>
        <translation>已清除認證快取。</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="402"/>
        <source>The certification cache could not be cleared: {}</source>
        <translation>無法清除認證快取：{}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="410"/>
        <source>Clearing the QGIS Certification cache</source>
        <translation>正在清除 QGIS 認證快取</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="447"/>
        <source>The certification layers are older than the set maximum age; updating.</source>
        <translation>認證圖層已超過設定的最長保存時間，正在更新。</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="171"/>
        <source>About QGIS Certification…</source>
        <translation>關於 QGIS 認證…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="171"/>
        <source>Versions, server, help links and where the plugin&apos;s logs are</source>
        <translation>版本、伺服器、說明連結與外掛日誌的位置</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="132"/>
        <source>Apply for certification</source>
        <translation>申請認證</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="132"/>
        <source>Apply to the QGIS certification programme with your contributions and training material</source>
        <translation>以您的貢獻與培訓教材申請加入 QGIS 認證計畫</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="143"/>
        <source>Review applications</source>
        <translation>審查申請</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="143"/>
        <source>Applications waiting for your review, your group&apos;s opinion or the PSC&apos;s decision</source>
        <translation>等待您審查、您的社群提出意見或 PSC 作出決定的申請</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="153"/>
        <source>Courses and certificates…</source>
        <translation>課程與證書…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="153"/>
        <source>Your organisation&apos;s courses, training centres, attendees and certificates; verify a certificate</source>
        <translation>您機構的課程、訓練中心、學員與證書；驗證證書</translation>
    </message>
</context>
<context>
    <name>CertificationProcessing</name>
    <message>
        <location filename="../processing/provider.py" line="22"/>
        <source>QGIS Certification</source>
        <translation>QGIS 認證</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="104"/>
        <source>Certification server</source>
        <translation>認證伺服器</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="113"/>
        <source>Authentication configuration</source>
        <translation>身分驗證設定</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="211"/>
        <source>Reading from {}</source>
        <translation>正在從 {} 讀取</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="217"/>
        <source>Countries: {}</source>
        <translation>國家：{}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="225"/>
        <source>Read {}</source>
        <translation>已讀取 {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="251"/>
        <source>Features written: {}</source>
        <translation>已寫入圖徵：{}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="274"/>
        <source>The download was cancelled.</source>
        <translation>已取消下載。</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="278"/>
        <source>Could not download the data from {}.</source>
        <translation>無法從 {} 下載資料。</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="321"/>
        <source>Fetch training centres</source>
        <translation>擷取訓練中心</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="324"/>
        <source>Training centres</source>
        <translation>訓練中心</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="226"/>
        <source>certification</source>
        <translation>認證</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="373"/>
        <source>training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="330"/>
        <source>centre</source>
        <translation>中心</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="365"/>
        <source>Fetch upcoming courses</source>
        <translation>擷取即將開課的課程</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="368"/>
        <source>Upcoming courses</source>
        <translation>即將開課的課程</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="226"/>
        <source>course</source>
        <translation>課程</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="410"/>
        <source>Fetch certified organisations</source>
        <translation>擷取已認證機構</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="415"/>
        <source>Certified organisations</source>
        <translation>已認證機構</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="420"/>
        <source>organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="184"/>
        <source>Countries (ISO 3166-1 alpha-2 codes, comma-separated; empty for all)</source>
        <translation>國家（ISO 3166-1 alpha-2 代碼，以逗號分隔；留空表示全部）</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="149"/>
        <source>The authentication configuration {} does not exist in this QGIS profile.</source>
        <translation>此 QGIS 設定檔中不存在身分驗證設定 {}。</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="296"/>
        <source>&lt;p&gt;&lt;b&gt;Certification server&lt;/b&gt;: the address of certification.qgis.org or of another certification server (the default comes from the plugin settings). Servers with the certification API v1 are read through it; others through their public feeds.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Authentication configuration&lt;/b&gt;: optional; an entry of the QGIS authentication database, for servers that need it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Countries&lt;/b&gt;: optional two-letter ISO 3166-1 codes separated by commas, for example &lt;i&gt;RO, SE&lt;/i&gt;. A country filter keeps what belongs to organisations of those countries. Anything that is not a two-letter code is refused.&lt;/p&gt;&lt;p&gt;Text is copied as the server sent it; web addresses that are not http(s) and e-mail values that are not plain addresses are left empty. A server that cannot be reached or answers with an error stops the algorithm with a message saying why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;認證伺服器&lt;/b&gt;：certification.qgis.org 或其他認證伺服器的位址（預設值來自外掛程式設定）。具備認證 API v1 的伺服器會透過該 API 讀取；其他伺服器則透過其公開資料來源讀取。&lt;/p&gt;&lt;p&gt;&lt;b&gt;身分驗證設定&lt;/b&gt;：選填；QGIS 身分驗證資料庫中的項目，供需要驗證的伺服器使用。&lt;/p&gt;&lt;p&gt;&lt;b&gt;國家&lt;/b&gt;：選填，以逗號分隔的 ISO 3166-1 兩字母代碼，例如 &lt;i&gt;RO, SE&lt;/i&gt;。國家篩選只保留屬於這些國家之機構的資料。任何非兩字母代碼的內容都會被拒絕。&lt;/p&gt;&lt;p&gt;文字會依伺服器傳送的原樣複製；非 http(s) 的網址以及不是一般電子郵件位址的值會留空。無法連線或回應錯誤的伺服器會使演算法停止，並顯示說明原因的訊息。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="335"/>
        <source>&lt;p&gt;Downloads the training centres of the organisations certified to teach QGIS as points in EPSG:4326. Online centres, and centres whose location is not published, are kept with an empty geometry.&lt;/p&gt;</source>
        <translation>&lt;p&gt;下載經認證可教授 QGIS 之機構的訓練中心，以 EPSG:4326 的點表示。線上訓練中心以及未公開位置的訓練中心會以空幾何保留。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="379"/>
        <source>&lt;p&gt;Downloads the courses of certified organisations that start today or later, as points in EPSG:4326 at the location of their training centre. Online courses are kept with an empty geometry.&lt;/p&gt;</source>
        <translation>&lt;p&gt;下載已認證機構今天或之後開始的課程，以其訓練中心位置的 EPSG:4326 點表示。線上課程會以空幾何保留。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms.py" line="425"/>
        <source>&lt;p&gt;Downloads the organisations certified to teach QGIS (approved and not archived) as a table without geometry: organisations have a country but no location of their own. Join the &lt;i&gt;country_code&lt;/i&gt; column to a country layer to map them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;下載經認證可教授 QGIS 的機構（已核准且未封存），以不含幾何的表格呈現：機構有所屬國家，但沒有自己的位置。將 &lt;i&gt;country_code&lt;/i&gt; 欄位與國家圖層連結即可在地圖上呈現。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="127"/>
        <source>Verify certificate</source>
        <translation>驗證證書</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="226"/>
        <source>certificate</source>
        <translation>證書</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="130"/>
        <source>verify</source>
        <translation>驗證</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="133"/>
        <source>&lt;p&gt;Verifies a certificate issued to a course attendee, by its number (for example &lt;i&gt;QGIS-1234&lt;/i&gt;; spacing and case do not matter).&lt;/p&gt;&lt;p&gt;A server with the certification API v1 is asked in JSON and also says whether a certificate was revoked; other servers, such as certification.qgis.org, are read through their public verification page.&lt;/p&gt;&lt;p&gt;Outputs: &lt;b&gt;FOUND&lt;/b&gt; (true or false), &lt;b&gt;STATUS&lt;/b&gt; (&lt;i&gt;valid&lt;/i&gt;, &lt;i&gt;revoked&lt;/i&gt; or &lt;i&gt;not_found&lt;/i&gt;), the attendee&apos;s name, the certifying organisation, the course type, its start and end dates (YYYY-MM-DD) and the language. A server that cannot be reached stops the algorithm with a message saying why; an unknown number is a result, not an error.&lt;/p&gt;</source>
        <translation>&lt;p&gt;依編號驗證核發給課程學員的證書（例如 &lt;i&gt;QGIS-1234&lt;/i&gt;；空格與大小寫不影響）。&lt;/p&gt;&lt;p&gt;具備認證 API v1 的伺服器會以 JSON 查詢，並會告知證書是否已撤銷；其他伺服器（例如 certification.qgis.org）則透過其公開的驗證頁面讀取。&lt;/p&gt;&lt;p&gt;輸出：&lt;b&gt;FOUND&lt;/b&gt;（true 或 false）、&lt;b&gt;STATUS&lt;/b&gt;（&lt;i&gt;valid&lt;/i&gt;、&lt;i&gt;revoked&lt;/i&gt; 或 &lt;i&gt;not_found&lt;/i&gt;）、學員姓名、認證機構、課程類型、開始與結束日期（YYYY-MM-DD）以及語言。無法連線的伺服器會使演算法停止，並顯示說明原因的訊息；查無此編號屬於結果，而非錯誤。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="148"/>
        <source>Certificate number</source>
        <translation>證書編號</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="149"/>
        <source>Found</source>
        <translation>已找到</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="150"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="161"/>
        <source>{} is not a certificate number; they look like QGIS-1234.</source>
        <translation>{} 不是證書編號；證書編號的格式如 QGIS-1234。</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="178"/>
        <source>Verifying {} on {}</source>
        <translation>正在驗證 {}（伺服器：{}）</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="183"/>
        <source>The verification was cancelled.</source>
        <translation>驗證已取消。</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="185"/>
        <source>Could not verify {} on {}.</source>
        <translation>無法驗證 {}（伺服器：{}）。</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="199"/>
        <source>No certificate with the number {} has been issued.</source>
        <translation>尚未核發編號為 {} 的證書。</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="202"/>
        <source>{id}: {name}, {organisation} ({status})</source>
        <translation>{id}：{name}，{organisation}（{status}）</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="223"/>
        <source>Issue certificates from a table</source>
        <translation>從表格核發證書</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="226"/>
        <source>attendees</source>
        <translation>學員</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="229"/>
        <source>&lt;p&gt;Adds the attendees listed in a table or layer to a course, issues a certificate to each one who has none yet, and downloads the PDFs into a folder (&lt;i&gt;QGIS-1234.pdf&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Course&lt;/b&gt;: the course's id on the certification server (see the Courses and certificates dock). &lt;b&gt;First name, surname, e-mail fields&lt;/b&gt;: empty ones are guessed from the field names (English, Romanian, Swedish or Chinese). &lt;b&gt;Certificate type&lt;/b&gt;: &lt;i&gt;attendance&lt;/i&gt; or &lt;i&gt;completion&lt;/i&gt;; empty for the course's default. &lt;b&gt;Language&lt;/b&gt;: &lt;i&gt;en&lt;/i&gt;, &lt;i&gt;ro&lt;/i&gt;, &lt;i&gt;sv&lt;/i&gt; or &lt;i&gt;zh_TW&lt;/i&gt;; empty for the course's language.&lt;/p&gt;&lt;p&gt;Each certificate costs one credit (€20.00) of the organisation: when the balance does not cover them all, nothing is added or issued and the algorithm says how many credits are missing. Rows with a missing or invalid value stop the algorithm before anything is sent. Running it again for the same table issues nothing twice and downloads the PDFs again.&lt;/p&gt;&lt;p&gt;Needs a server with the certification API v1 and an authentication configuration of an owner or convener of the course's organisation; certification.qgis.org issues certificates on its website.&lt;/p&gt;</source>
        <translation>&lt;p&gt;將表格或圖層中列出的學員加入課程，為每位尚未取得證書的學員核發證書，並將 PDF 下載到資料夾中（&lt;i&gt;QGIS-1234.pdf&lt;/i&gt;）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;課程&lt;/b&gt;：課程在認證伺服器上的編號（請見「課程與證書」面板）。&lt;b&gt;名字、姓氏、電子郵件欄位&lt;/b&gt;：留空的欄位會依欄位名稱（英文、羅馬尼亞文、瑞典文或中文）自動推測。&lt;b&gt;證書類型&lt;/b&gt;：&lt;i&gt;attendance&lt;/i&gt;（出席）或 &lt;i&gt;completion&lt;/i&gt;（結業）；留空則使用課程的預設值。&lt;b&gt;語言&lt;/b&gt;：&lt;i&gt;en&lt;/i&gt;、&lt;i&gt;ro&lt;/i&gt;、&lt;i&gt;sv&lt;/i&gt; 或 &lt;i&gt;zh_TW&lt;/i&gt;；留空則使用課程的語言。&lt;/p&gt;&lt;p&gt;每張證書需使用機構的點數 1 點（€20.00）：若餘額不足以支付全部證書，則不會新增或核發任何項目，演算法會說明還缺少多少點數。只要有任何一列的值缺漏或無效，演算法就會在送出任何資料之前停止。對同一個表格再次執行時，不會重複核發，只會重新下載 PDF。&lt;/p&gt;&lt;p&gt;需要具備認證 API v1 的伺服器，以及該課程所屬機構之擁有者或課程召集人的身分驗證設定；certification.qgis.org 則是在其網站上核發證書。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="252"/>
        <source>Course id</source>
        <translation>課程編號</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="257"/>
        <source>Attendees (table or layer)</source>
        <translation>學員（表格或圖層）</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="262"/>
        <source>First name field</source>
        <translation>名字欄位</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="262"/>
        <source>Surname field</source>
        <translation>姓氏欄位</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="262"/>
        <source>E-mail field</source>
        <translation>電子郵件欄位</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="272"/>
        <source>Certificate type (attendance or completion; empty: the course&apos;s)</source>
        <translation>證書類型（attendance 或 completion；留空：使用課程的設定）</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="280"/>
        <source>Certificate language (en, ro, sv or zh_TW; empty: the course&apos;s)</source>
        <translation>證書語言（en、ro、sv 或 zh_TW；留空：使用課程的語言）</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="288"/>
        <source>Folder for the PDFs</source>
        <translation>存放 PDF 的資料夾</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="291"/>
        <source>Certificate numbers</source>
        <translation>證書編號清單</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="292"/>
        <source>Certificates issued now</source>
        <translation>本次核發的證書數</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="293"/>
        <source>PDF files</source>
        <translation>PDF 檔案</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="303"/>
        <source>The certificate type must be attendance or completion, not {}.</source>
        <translation>證書類型必須是 attendance 或 completion，而不是 {}。</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="312"/>
        <source>The language must be one of en, ro, sv, zh_TW, not {}.</source>
        <translation>語言必須是 en、ro、sv、zh_TW 其中之一，而不是 {}。</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="335"/>
        <source>first name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="336"/>
        <source>surname</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="337"/>
        <source>e-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="341"/>
        <source>No field of the table looks like the attendees&apos; {}: choose it (fields: {}).</source>
        <translation>表格中沒有看起來像學員{}的欄位：請自行選擇（欄位：{}）。</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="348"/>
        <source>The table has no field {}.</source>
        <translation>表格中沒有欄位 {}。</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="362"/>
        <source>Choose the course by its id (1 or more).</source>
        <translation>請以編號選擇課程（1 或以上）。</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="371"/>
        <source>Fields: first name {}, surname {}, e-mail {}</source>
        <translation>欄位：名字 {}、姓氏 {}、電子郵件 {}</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="380"/>
        <source>The table has no attendee.</source>
        <translation>表格中沒有學員。</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="393"/>
        <source>The algorithm was cancelled.</source>
        <translation>演算法已取消。</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="397"/>
        <source>The certificates could not be issued on {}.</source>
        <translation>無法在 {} 上核發證書。</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="405"/>
        <source>Not enough credits: {needed} needed, {available} available ({missing} missing). Nothing was added or issued.</source>
        <translation>點數不足：需要 {needed} 點，可用 {available} 點（缺少 {missing} 點）。未新增或核發任何項目。</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="420"/>
        <source>Row {}: {}</source>
        <translation>第 {} 列：{}</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="422"/>
        <source>… and {} more rows.</source>
        <translation>…以及另外 {} 列。</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="423"/>
        <source>Some attendees cannot be imported; nothing was sent:</source>
        <translation>有些學員無法匯入；未送出任何資料：</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="441"/>
        <source>{} does not issue certificates through the certification API v1; on certification.qgis.org certificates are issued on the website.</source>
        <translation>{} 不透過認證 API v1 核發證書；certification.qgis.org 的證書需在網站上核發。</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="449"/>
        <source>Course {}: {}</source>
        <translation>課程 {}：{}</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="461"/>
        <source>{} certificates to issue, {} credits available.</source>
        <translation>待核發證書 {} 張，可用點數 {} 點。</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="474"/>
        <source>Line {}: {}</source>
        <translation>第 {} 行：{}</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="480"/>
        <source>The server refused the attendees; nothing was imported:</source>
        <translation>伺服器拒絕了這些學員；未匯入任何資料：</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="485"/>
        <source>Attendees imported: {}</source>
        <translation>已匯入學員：{}</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="504"/>
        <source>Issued: {} (credits spent: {}, balance: {})</source>
        <translation>已核發：{}（使用點數：{}，餘額：{}）</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="515"/>
        <source>Every attendee of the table already has a certificate.</source>
        <translation>表格中的每位學員都已有證書。</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="575"/>
        <source>The PDF of {} is not ready yet; download it later.</source>
        <translation>{} 的 PDF 尚未就緒；請稍後再下載。</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="590"/>
        <source>PDF files written: {}</source>
        <translation>已寫入的 PDF 檔案：{}</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="60"/>
        <source>Attendee name</source>
        <translation>學員姓名</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="60"/>
        <source>Certifying organisation</source>
        <translation>認證機構</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="60"/>
        <source>Course type</source>
        <translation>課程類型</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="60"/>
        <source>Start date (YYYY-MM-DD)</source>
        <translation>開始日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="60"/>
        <source>End date (YYYY-MM-DD)</source>
        <translation>結束日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../processing/certificates.py" line="60"/>
        <source>Language</source>
        <translation>語言</translation>
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
        <translation>Zip 壓縮檔</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="56"/>
        <source>QGIS project</source>
        <translation>QGIS 專案</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="181"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="75"/>
        <source>Document: not checked by QGIS</source>
        <translation>文件：QGIS 不檢查</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="79"/>
        <source>{kind}: QGIS cannot open it</source>
        <translation>{kind}：QGIS 無法開啟</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="86"/>
        <source>{kind}: no layers QGIS can open</source>
        <translation>{kind}：沒有 QGIS 可開啟的圖層</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/applications/check_results.py" line="88"/>
        <source>{kind}: %n of {total} layers invalid</source>
        <translation>
            <numerusform>{kind}：{total} 個圖層中有 %n 個無效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/applications/check_results.py" line="97"/>
        <source>{kind}: {width} x {height} pixels, %n band(s), valid</source>
        <translation>
            <numerusform>{kind}：{width} x {height} 像素，%n 個波段，有效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/applications/check_results.py" line="105"/>
        <source>{kind}: 1 layer, %n feature(s), valid</source>
        <translation>
            <numerusform>{kind}：1 個圖層，%n 個圖徵，有效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/applications/check_results.py" line="109"/>
        <source>{kind}: %n layer(s), all valid</source>
        <translation>
            <numerusform>{kind}：%n 個圖層，全部有效</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="116"/>
        <source>QGIS project saved with QGIS {version}</source>
        <translation>以 QGIS {version} 儲存的 QGIS 專案</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="118"/>
        <source>QGIS project saved with an unknown QGIS version</source>
        <translation>以未知 QGIS 版本儲存的 QGIS 專案</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="122"/>
        <source>no layers</source>
        <translation>沒有圖層</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/applications/check_results.py" line="124"/>
        <source>%n of {total} layers missing</source>
        <translation>
            <numerusform>{total} 個圖層中缺少 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/applications/check_results.py" line="129"/>
        <source>%n of {total} layers invalid</source>
        <translation>
            <numerusform>{total} 個圖層中有 %n 個無效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/applications/check_results.py" line="134"/>
        <source>%n layer(s), all found</source>
        <translation>
            <numerusform>%n 個圖層，全部找到</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="136"/>
        <source>{saved}; {detail}</source>
        <translation>{saved}；{detail}</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="152"/>
        <source>{name}: missing</source>
        <translation>{name}：缺少</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="154"/>
        <source>{name}: not checked</source>
        <translation>{name}：未檢查</translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="156"/>
        <source>{name}: invalid</source>
        <translation>{name}：無效</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/applications/check_results.py" line="162"/>
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n 個圖徵</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/applications/check_results.py" line="181"/>
        <source>What QGIS found</source>
        <translation>QGIS 檢查結果</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/applications/check_results.py" line="222"/>
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n 個圖層</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictForm</name>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="40"/>
        <source>A commercial competitor</source>
        <translation>商業競爭者</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="41"/>
        <source>A colleague (now or recently)</source>
        <translation>同事（現在或最近）</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="42"/>
        <source>Family or a close friend</source>
        <translation>家人或密友</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="43"/>
        <source>Another reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="54"/>
        <source>Conflict of interest</source>
        <translation>利益衝突</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="59"/>
        <source>Before you see the application, declare whether you have a conflict of interest with this organisation: a commercial competitor, a colleague, family. With a conflict you are excluded from this review.</source>
        <translation>查看申請之前，請先聲明您與此機構是否有利益衝突，例如商業競爭者、同事或家人。若有利益衝突，您將被排除於此次審查之外。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="67"/>
        <source>I have no conflict of interest</source>
        <translation>我沒有利益衝突</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="69"/>
        <source>I have a conflict of interest</source>
        <translation>我有利益衝突</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="85"/>
        <source>Why, in a sentence or two</source>
        <translation>請用一兩句話說明原因</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="93"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="95"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="100"/>
        <source>Send the declaration</source>
        <translation>送出聲明</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="121"/>
        <source>Choose…</source>
        <translation>請選擇…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="153"/>
        <source>Sending…</source>
        <translation>正在送出…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="199"/>
        <source>Choose the kind of conflict.</source>
        <translation>請選擇利益衝突的類型。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/conflict_form.py" line="201"/>
        <source>Say why, in a sentence or two.</source>
        <translation>請用一兩句話說明原因。</translation>
    </message>
</context>
<context>
    <name>ConvenerForm</name>
    <message>
        <location filename="../gui/training/convener_form.py" line="30"/>
        <source>Images</source>
        <translation>圖片</translation>
    </message>
    <message>
        <location filename="../gui/training/convener_form.py" line="36"/>
        <source>A signature is on file; choose an image to replace it.</source>
        <translation>已存有簽名；選擇圖片即可加以取代。</translation>
    </message>
</context>
<context>
    <name>CourseEditor</name>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Course title</source>
        <translation>課程名稱</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Course type</source>
        <translation>課程類型</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Introduction to QGIS</source>
        <translation>QGIS 入門</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Licence</source>
        <translation>授權條款</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>QGIS version</source>
        <translation>QGIS 版本</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Lectures (files)</source>
        <translation>講義（檔案）</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Lectures (links, one per line)</source>
        <translation>講義（連結，每行一個）</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Exercises (files)</source>
        <translation>練習（檔案）</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Exercises (links, one per line)</source>
        <translation>練習（連結，每行一個）</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Data (files)</source>
        <translation>資料（檔案）</translation>
    </message>
    <message>
        <location filename="../gui/applications/course_editor.ui" line="11"/>
        <source>Data (links, one per line)</source>
        <translation>資料（連結，每行一個）</translation>
    </message>
</context>
<context>
    <name>CourseFinder</name>
    <message>
        <location filename="../gui/course_finder_model.py" line="113"/>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="140"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="139"/>
        <source>Course type</source>
        <translation>課程類型</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="141"/>
        <source>Training centre</source>
        <translation>訓練中心</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="143"/>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="144"/>
        <source>Trainer</source>
        <translation>講師</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="145"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="146"/>
        <source>Competence</source>
        <translation>能力</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="89"/>
        <source>(unnamed course)</source>
        <translation>（未命名課程）</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="80"/>
        <source>{} km</source>
        <translation>{} 公里</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="142"/>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <location filename="../gui/course_finder_model.py" line="149"/>
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
    <name>CoursesEditor</name>
    <message>
        <location filename="../gui/applications/courses.py" line="109"/>
        <source>Training material</source>
        <translation>培訓教材</translation>
    </message>
    <message>
        <location filename="../gui/applications/courses.py" line="118"/>
        <source>Add each course you teach with its material: lectures, exercises and data, as files or links.</source>
        <translation>新增您教授的每門課程及其教材：講義、練習與資料，可用檔案或連結提供。</translation>
    </message>
    <message>
        <location filename="../gui/applications/courses.py" line="134"/>
        <source>Add course</source>
        <translation>新增課程</translation>
    </message>
    <message>
        <location filename="../gui/applications/courses.py" line="137"/>
        <source>Remove course</source>
        <translation>移除課程</translation>
    </message>
    <message>
        <location filename="../gui/applications/courses.py" line="244"/>
        <source>Untitled course</source>
        <translation>未命名課程</translation>
    </message>
</context>
<context>
    <name>CreditsPanel</name>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="94"/>
        <source>Buy credits…</source>
        <translation>購買點數…</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="101"/>
        <source>Ledger</source>
        <translation>點數明細</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="104"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="104"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="104"/>
        <source>Credits</source>
        <translation>點數</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="104"/>
        <source>Balance after</source>
        <translation>異動後餘額</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="104"/>
        <source>For</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="109"/>
        <source>Invoices</source>
        <translation>發票</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="112"/>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="112"/>
        <source>Issued on</source>
        <translation>開立日期</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="112"/>
        <source>Total</source>
        <translation>總計</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="112"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="118"/>
        <source>Show…</source>
        <translation>顯示…</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="121"/>
        <source>Save PDF…</source>
        <translation>儲存 PDF…</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="177"/>
        <source>Balance: {balance} credits</source>
        <translation>餘額：{balance} 點</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="206"/>
        <source>Reading the credits</source>
        <translation>正在讀取點數</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="219"/>
        <source>Balance: {balance} credits · limit: {limit} · available: {available}</source>
        <translation>餘額：{balance} 點 · 信用額度：{limit} · 可用：{available}</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/payments/credits_panel.py" line="229"/>
        <source>{price} per credit; a certificate takes %n credit(s).</source>
        <translation>
            <numerusform>每點 {price}；每張證書需使用 %n 點。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="326"/>
        <source>Saved: {path}</source>
        <translation>已儲存：{path}</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="332"/>
        <source>The PDF was not saved: {reason}</source>
        <translation>未儲存 PDF：{reason}</translation>
    </message>
    <message>
        <location filename="../gui/payments/credits_panel.py" line="336"/>
        <source>Saving the PDF…</source>
        <translation>正在儲存 PDF…</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="70"/>
        <source>Import attendees</source>
        <translation>匯入學員</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="84"/>
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="84"/>
        <source>First name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="84"/>
        <source>Surname</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="84"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="84"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="84"/>
        <source>Errors</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="119"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="131"/>
        <source>comma</source>
        <translation>逗號</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="131"/>
        <source>semicolon</source>
        <translation>分號</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="131"/>
        <source>tab</source>
        <translation>定位字元</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="134"/>
        <source>named columns</source>
        <translation>具名欄位</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="135"/>
        <source>no header: First Name, Surname, Email</source>
        <translation>無標題列：名字、姓氏、電子郵件</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="137"/>
        <source>Encoding: {encoding} · Separator: {separator} · Header: {mode}</source>
        <translation>編碼：{encoding} · 分隔符號：{separator} · 標題列：{mode}</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="156"/>
        <source>New</source>
        <translation>新學員</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="157"/>
        <source>Known attendee</source>
        <translation>既有學員</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="158"/>
        <source>Already on the course</source>
        <translation>已在此課程中</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="159"/>
        <source>Invalid</source>
        <translation>無效</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="196"/>
        <source>There is no valid row to import.</source>
        <translation>沒有可匯入的有效資料列。</translation>
    </message>
    <message>
        <location filename="../gui/training/csv_import_dialog.py" line="198"/>
        <source>Correct the file, or tick the box to skip the invalid rows.</source>
        <translation>請更正檔案，或勾選方塊以略過無效的資料列。</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/csv_import_dialog.py" line="101"/>
        <source>Skip the %n invalid row(s)</source>
        <translation>
            <numerusform>略過 %n 列無效資料</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/csv_import_dialog.py" line="144"/>
        <source>%n valid row(s)</source>
        <translation>
            <numerusform>%n 列有效資料</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/csv_import_dialog.py" line="148"/>
        <source>%n invalid row(s)</source>
        <translation>
            <numerusform>%n 列無效資料</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <location filename="../qgis_io/downloads.py" line="253"/>
        <source>The file {path} cannot be written: {reason}</source>
        <translation>無法寫入檔案 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../qgis_io/downloads.py" line="398"/>
        <source>The file cannot be written: {reason}</source>
        <translation>無法寫入檔案：{reason}</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <location filename="../qgis_io/drafts.py" line="142"/>
        <source>The draft could not be saved to {path}: {reason}</source>
        <translation>無法將草稿儲存至 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../qgis_io/drafts.py" line="416"/>
        <source>The draft could not be saved: {}</source>
        <translation>無法儲存草稿：{}</translation>
    </message>
</context>
<context>
    <name>EntityTab</name>
    <message>
        <location filename="../gui/training/entity_tab.py" line="85"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../gui/training/entity_tab.py" line="86"/>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location filename="../gui/training/entity_tab.py" line="87"/>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <location filename="../gui/training/entity_tab.py" line="96"/>
        <source>Open the website</source>
        <translation>開啟網站</translation>
    </message>
    <message>
        <location filename="../gui/training/entity_tab.py" line="99"/>
        <source>Sign in…</source>
        <translation>登入…</translation>
    </message>
</context>
<context>
    <name>FieldMappingDialog</name>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="86"/>
        <source>Attendees from a layer</source>
        <translation>從圖層匯入學員</translation>
    </message>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="92"/>
        <source>Layer</source>
        <translation>圖層</translation>
    </message>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="112"/>
        <source>First name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="112"/>
        <source>Surname</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="112"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="106"/>
        <source>Selected features only</source>
        <translation>僅限已選取的圖徵</translation>
    </message>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="123"/>
        <source>Preview the import</source>
        <translation>預覽匯入</translation>
    </message>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="189"/>
        <source>Choose a layer or table with the attendees.</source>
        <translation>請選擇含有學員資料的圖層或表格。</translation>
    </message>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="191"/>
        <source>Choose the field of each of the three columns.</source>
        <translation>請為這三欄各選擇對應的欄位。</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/field_mapping_dialog.py" line="199"/>
        <source>%n feature(s) to import</source>
        <translation>
            <numerusform>待匯入 %n 個圖徵</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/training/field_mapping_dialog.py" line="206"/>
        <source>At most {n} rows are imported at once.</source>
        <translation>一次最多匯入 {n} 列。</translation>
    </message>
</context>
<context>
    <name>FormBinder</name>
    <message>
        <location filename="../gui/base/form_binder.py" line="330"/>
        <source>Row {row}</source>
        <translation>第 {row} 列</translation>
    </message>
    <message>
        <location filename="../gui/base/form_binder.py" line="332"/>
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
    <name>InvoiceDialog</name>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="63"/>
        <source>The server did not send a PDF.</source>
        <translation>伺服器未傳送 PDF。</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="68"/>
        <source>Saving the invoice&apos;s PDF</source>
        <translation>正在儲存發票的 PDF</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="72"/>
        <source>Save the invoice as PDF</source>
        <translation>將發票儲存為 PDF</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="72"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="95"/>
        <source>Invoice {number}</source>
        <translation>發票 {number}</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="108"/>
        <source>Invoice</source>
        <translation>發票</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="109"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="110"/>
        <source>Total</source>
        <translation>總計</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="116"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="117"/>
        <source>Issued on</source>
        <translation>開立日期</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="119"/>
        <source>Paid on</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="121"/>
        <source>Due on</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="126"/>
        <source>Beneficiary</source>
        <translation>受款人</translation>
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
        <translation>付款參考編號</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="131"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="150"/>
        <source>Pay by bank transfer with this reference, or scan the QR code with your banking app. The credits arrive once the transfer is booked.</source>
        <translation>請使用此付款參考編號以銀行轉帳付款，或以您的銀行應用程式掃描 QR 碼。銀行轉帳入帳後點數即會入帳。</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="160"/>
        <source>Save PDF…</source>
        <translation>儲存 PDF…</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="181"/>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="194"/>
        <source>Copied: {text}</source>
        <translation>已複製：{text}</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="218"/>
        <source>The QR code could not be read.</source>
        <translation>無法讀取 QR 碼。</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="212"/>
        <source>Reading the QR code…</source>
        <translation>正在讀取 QR 碼…</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="213"/>
        <source>Reading the QR code</source>
        <translation>正在讀取 QR 碼</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="244"/>
        <source>Saved: {path}</source>
        <translation>已儲存：{path}</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="250"/>
        <source>The PDF was not saved: {reason}</source>
        <translation>未儲存 PDF：{reason}</translation>
    </message>
    <message>
        <location filename="../gui/payments/invoice_dialog.py" line="254"/>
        <source>Saving the PDF…</source>
        <translation>正在儲存 PDF…</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="108"/>
        <source>Issue certificates</source>
        <translation>核發證書</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="126"/>
        <source>Defaults for all:</source>
        <translation>全部的預設值：</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="131"/>
        <source>Apply to every row</source>
        <translation>套用至每一列</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="140"/>
        <source>Attendee</source>
        <translation>學員</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="140"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="140"/>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="140"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="148"/>
        <source>Every attendee of this course holds a certificate.</source>
        <translation>此課程的每位學員都已持有證書。</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="160"/>
        <source>Issue</source>
        <translation>核發</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="259"/>
        <source>{certificates} = {credits} = {price} · balance after: {after}</source>
        <translation>{certificates} = {credits} = {price} · 核發後餘額：{after}</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/issue_dialog.py" line="276"/>
        <source>%n more credit(s) needed</source>
        <translation>
            <numerusform>點數不足，還需要 %n 點</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="285"/>
        <source>Tick the attendees to certify.</source>
        <translation>請勾選要核發證書的學員。</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="391"/>
        <source>Issuing the certificates…</source>
        <translation>正在核發證書…</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/issue_dialog.py" line="392"/>
        <source>Issuing %n certificate(s)</source>
        <translation>
            <numerusform>正在核發 %n 張證書</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/issue_dialog.py" line="405"/>
        <source>%n certificate(s) issued.</source>
        <translation>
            <numerusform>已核發 %n 張證書。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="411"/>
        <source>Credits left: {n}</source>
        <translation>剩餘點數：{n}</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="420"/>
        <source>Cancelled; nothing was issued.</source>
        <translation>已取消；未核發任何證書。</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="438"/>
        <source>Not issued: {reason}</source>
        <translation>未核發：{reason}</translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="431"/>
        <source>The answer did not arrive: {reason}
Issue again to retry; the server recognises the same batch and charges it once.</source>
        <translation>未收到回應：{reason}
請再次核發以重試；伺服器會識別出同一批次，只扣除一次點數。</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/issue_dialog.py" line="249"/>
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n 張證書</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/issue_dialog.py" line="255"/>
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n 點</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/training/issue_dialog.py" line="292"/>
        <source>Buy %n credit(s)…</source>
        <translation>
            <numerusform>購買 %n 點…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/training/issue_dialog.py" line="352"/>
        <source>Reading the credit balance</source>
        <translation>正在讀取點數餘額</translation>
    </message>
</context>
<context>
    <name>MaterialChecks</name>
    <message>
        <location filename="../qgis_io/check_report.py" line="65"/>
        <source>The check was cancelled.</source>
        <translation>檢查已取消。</translation>
    </message>
    <message>
        <location filename="../qgis_io/check_report.py" line="112"/>
        <source>{n} more layers are not listed.</source>
        <translation>另有 {n} 個圖層未列出。</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="96"/>
        <source>The check of this file failed; see the log.</source>
        <translation>此檔案的檢查失敗；請查看日誌。</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="106"/>
        <source>The file is not there any more.</source>
        <translation>檔案已不存在。</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="109"/>
        <source>The file is too large to be checked.</source>
        <translation>檔案過大，無法檢查。</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="139"/>
        <source>The file cannot be read: {reason}</source>
        <translation>無法讀取檔案：{reason}</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="137"/>
        <source>The file&apos;s content does not match its extension.</source>
        <translation>檔案內容與其副檔名不符。</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="155"/>
        <source>QGIS cannot open {file} as data.</source>
        <translation>QGIS 無法將 {file} 作為資料開啟。</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="149"/>
        <source>The check took too long; {n} layers were not checked.</source>
        <translation>檢查耗時過長；有 {n} 個圖層未檢查。</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="184"/>
        <source>Layer “{name}” does not open in QGIS.</source>
        <translation>圖層「{name}」無法在 QGIS 中開啟。</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="191"/>
        <source>Layer “{name}” has no coordinate reference system.</source>
        <translation>圖層「{name}」沒有座標參考系統。</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="197"/>
        <source>Layer “{name}” has no features.</source>
        <translation>圖層「{name}」沒有圖徵。</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="212"/>
        <source>The shapefile {file} lacks its {missing} file.</source>
        <translation>Shapefile {file} 缺少其 {missing} 檔案。</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="231"/>
        <source>The zip archive is damaged or incomplete.</source>
        <translation>Zip 壓縮檔已損毀或不完整。</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="236"/>
        <source>The archive holds paths outside its folder, such as {name}.</source>
        <translation>壓縮檔中含有指向其資料夾以外的路徑，例如 {name}。</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="244"/>
        <source>Only the first {n} data files in the archive were opened.</source>
        <translation>僅開啟了壓縮檔中的前 {n} 個資料檔案。</translation>
    </message>
    <message>
        <location filename="../qgis_io/material_checks.py" line="317"/>
        <source>Checking training material with QGIS</source>
        <translation>正在以 QGIS 檢查培訓教材</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="130"/>
        <source>The file is not a QGIS project that QGIS can read.</source>
        <translation>此檔案不是 QGIS 可讀取的 QGIS 專案。</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="133"/>
        <source>The .qgz archive is damaged or incomplete.</source>
        <translation>.qgz 壓縮檔已損毀或不完整。</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="136"/>
        <source>The .qgz archive holds no .qgs project file.</source>
        <translation>.qgz 壓縮檔中沒有 .qgs 專案檔。</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="180"/>
        <source>The project does not say which QGIS version saved it.</source>
        <translation>專案未註明是以哪個 QGIS 版本儲存的。</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="187"/>
        <source>The project was saved with QGIS {saved}, newer than this QGIS ({running}); it may not open fully in older versions.</source>
        <translation>此專案以 QGIS {saved} 儲存，比目前的 QGIS（{running}）新；在較舊的版本中可能無法完整開啟。</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="227"/>
        <source>Layer “{name}” is not a local file ({provider}); not checked.</source>
        <translation>圖層「{name}」不是本機檔案（{provider}）；未檢查。</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="238"/>
        <source>Layer “{name}” uses an absolute path; it will not be found on another computer. Save the project with relative paths.</source>
        <translation>圖層「{name}」使用絕對路徑，在其他電腦上會找不到。請以相對路徑儲存專案。</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="250"/>
        <source>Layer “{name}”: its file {file} is missing.</source>
        <translation>圖層「{name}」：找不到其檔案 {file}。</translation>
    </message>
    <message>
        <location filename="../qgis_io/project_checks.py" line="265"/>
        <source>Layer “{name}”: its file is there but QGIS cannot open it.</source>
        <translation>圖層「{name}」：檔案存在，但 QGIS 無法開啟。</translation>
    </message>
</context>
<context>
    <name>OpenMaterial</name>
    <message>
        <location filename="../qgis_io/open_material.py" line="136"/>
        <source>Review: {organisation}</source>
        <translation>審查：{organisation}</translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="186"/>
        <source>Opening the project {name} replaces the project open now ({current}). Open it?</source>
        <translation>開啟專案 {name} 會取代目前開啟的專案（{current}）。要開啟嗎？</translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="189"/>
        <source>Opening the project {name} replaces the project open now. Open it?</source>
        <translation>開啟專案 {name} 會取代目前開啟的專案。要開啟嗎？</translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="249"/>
        <source>QGIS cannot open {name} as data.</source>
        <translation>QGIS 無法將 {name} 作為資料開啟。</translation>
    </message>
    <message numerus="yes">
        <location filename="../qgis_io/open_material.py" line="251"/>
        <source>{name}: %n layer(s) added to the group “{group}”.</source>
        <translation>
            <numerusform>{name}：已將 %n 個圖層加入群組「{group}」。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="259"/>
        <source>Open a QGIS project</source>
        <translation>開啟 QGIS 專案</translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="260"/>
        <source>The project {name} was not opened.</source>
        <translation>未開啟專案 {name}。</translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="263"/>
        <source>QGIS could not open the project {name}.</source>
        <translation>QGIS 無法開啟專案 {name}。</translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="266"/>
        <source>The project {name} is open.</source>
        <translation>已開啟專案 {name}。</translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="269"/>
        <source>No application opens {name}; it is saved in {folder}.</source>
        <translation>沒有可開啟 {name} 的應用程式；檔案已儲存在 {folder}。</translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="275"/>
        <source>{name} opened in its viewer.</source>
        <translation>已在檢視器中開啟 {name}。</translation>
    </message>
    <message>
        <location filename="../qgis_io/open_material.py" line="276"/>
        <source>QGIS does not open files like {name}; it is saved in {folder}.</source>
        <translation>QGIS 無法開啟 {name} 這類檔案；檔案已儲存在 {folder}。</translation>
    </message>
</context>
<context>
    <name>OpinionForm</name>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="55"/>
        <source>Recommendation</source>
        <translation>建議</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="56"/>
        <source>Reason (required when it differs from the proposal)</source>
        <translation>原因（與提議結果不同時必填）</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="59"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="60"/>
        <source>Approve</source>
        <translation>核准</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="61"/>
        <source>Changes requested</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="62"/>
        <source>Reject</source>
        <translation>駁回</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="77"/>
        <source>Proposed: {recommendation}</source>
        <translation>提議結果：{recommendation}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="77"/>
        <source>not yet (too few reviews)</source>
        <translation>尚無（審查數量不足）</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="82"/>
        <source>Median total {total}; {threshold} needed.</source>
        <translation>總分中位數 {total}；需達 {threshold}。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="93"/>
        <source>Minimums not met: {criteria}</source>
        <translation>未達最低分：{criteria}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="95"/>
        <source>Every minimum is met.</source>
        <translation>所有評分項目皆達最低分。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="96"/>
        <source>Reviews submitted: {submitted} of {needed} needed.</source>
        <translation>已送出的審查：{submitted} 份，共需 {needed} 份。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="107"/>
        <source>Recorded: {recommendation} by {by}, {at}.</source>
        <translation>已記錄：{recommendation}，由 {by} 於 {at} 記錄。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="113"/>
        <source>The proposal was overridden: {reason}</source>
        <translation>未採用提議結果：{reason}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="151"/>
        <source>Record the opinion</source>
        <translation>記錄意見</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="157"/>
        <source>Invite a reviewer to the group</source>
        <translation>邀請審查人加入社群</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="162"/>
        <source>Send the invitation</source>
        <translation>送出邀請</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="190"/>
        <source>Reading the opinion…</source>
        <translation>正在讀取意見…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="210"/>
        <source>Reading the opinion</source>
        <translation>正在讀取意見</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="230"/>
        <source>No group gives an opinion on it.</source>
        <translation>沒有社群需對此提出意見。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="272"/>
        <source>The opinion can be recorded once enough reviews are submitted.</source>
        <translation>送出足夠的審查後，即可記錄意見。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="287"/>
        <source>Say why the opinion differs from the proposal.</source>
        <translation>請說明意見與提議結果不同的原因。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="313"/>
        <source>Recording the opinion</source>
        <translation>正在記錄意見</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="321"/>
        <source>The group&apos;s opinion was recorded.</source>
        <translation>已記錄社群意見。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="327"/>
        <source>The server did not accept it; see the marked fields.</source>
        <translation>伺服器不接受；請查看標示的欄位。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="350"/>
        <source>An invitation was sent to {email}; it is valid until {expires}.</source>
        <translation>已將邀請寄至 {email}，有效期限至 {expires}。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/opinion_form.py" line="362"/>
        <source>Sending the invitation</source>
        <translation>正在送出邀請</translation>
    </message>
</context>
<context>
    <name>PaymentsTexts</name>
    <message>
        <location filename="../gui/payments/texts.py" line="18"/>
        <source>Top-up</source>
        <translation>儲值</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="19"/>
        <source>Grant</source>
        <translation>贈送</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="20"/>
        <source>Certificate</source>
        <translation>證書</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="21"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="22"/>
        <source>Reversal</source>
        <translation>沖銷</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="23"/>
        <source>Adjustment</source>
        <translation>調整</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="29"/>
        <source>Card (online payment)</source>
        <translation>信用卡（線上付款）</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="30"/>
        <source>Invoice (bank transfer)</source>
        <translation>發票（銀行轉帳）</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="36"/>
        <source>Receipt</source>
        <translation>收據</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="37"/>
        <source>Bank transfer</source>
        <translation>銀行轉帳</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="38"/>
        <source>Usage</source>
        <translation>使用明細</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="45"/>
        <source>Open</source>
        <translation>未結清</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="46"/>
        <source>Created</source>
        <translation>已建立</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="47"/>
        <source>Pending</source>
        <translation>處理中</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="49"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="50"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="51"/>
        <source>Expired</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="52"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="53"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../gui/payments/texts.py" line="54"/>
        <source>Void</source>
        <translation>已作廢</translation>
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
    <name>PscPanel</name>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="56"/>
        <source>Remarks</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="57"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="58"/>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="59"/>
        <source>Approve</source>
        <translation>核准</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="60"/>
        <source>Reject</source>
        <translation>駁回</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="61"/>
        <source>Request changes</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="99"/>
        <source>Routed to {groups}</source>
        <translation>已交由 {groups} 審查</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="99"/>
        <source>Routed to the PSC</source>
        <translation>已交由 PSC 審查</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="108"/>
        <source>Routed {routed}; due {due}.</source>
        <translation>交付審查：{routed}；期限：{due}。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="114"/>
        <source>Escalated {when}.</source>
        <translation>已於 {when} 轉交 PSC。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="125"/>
        <source>Appeal submitted {when}.</source>
        <translation>已於 {when} 提出申訴。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="126"/>
        <source>Criteria to re-examine: {criteria}</source>
        <translation>需重新審查的評分項目：{criteria}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="127"/>
        <source>New evidence:</source>
        <translation>新的證明：</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="133"/>
        <source>Outcome: {outcome}</source>
        <translation>結果：{outcome}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="169"/>
        <source>Screening</source>
        <translation>初審</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="178"/>
        <source>Accept for review</source>
        <translation>接受並送交審查</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="178"/>
        <source>Send back for changes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="178"/>
        <source>Reject as ineligible</source>
        <translation>因不符資格而駁回</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="191"/>
        <source>Reviews side by side</source>
        <translation>並列比較審查</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="200"/>
        <source>The groups&apos; opinions</source>
        <translation>各社群的意見</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="207"/>
        <source>Appeal</source>
        <translation>申訴</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="214"/>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="219"/>
        <source>Record the decision</source>
        <translation>記錄決定</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="266"/>
        <source>Reading the application's review…</source>
        <translation>正在讀取申請的審查…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="300"/>
        <source>Reading the review</source>
        <translation>正在讀取審查</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="318"/>
        <source>State: {state}</source>
        <translation>狀態：{state}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="332"/>
        <source>Say what the applicant should know.</source>
        <translation>請說明申請者需要知道的事項。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="348"/>
        <source>Screening recorded.</source>
        <translation>已記錄初審結果。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="357"/>
        <source>Screening the application</source>
        <translation>正在初審申請</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="376"/>
        <source>No review is submitted yet.</source>
        <translation>尚未有人送出審查。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="378"/>
        <source>Reviews still being written: {n}</source>
        <translation>仍在撰寫中的審查：{n}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="399"/>
        <source>No opinion yet.</source>
        <translation>尚無意見。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="417"/>
        <source>Decided: {outcome} by {by}, {at}.</source>
        <translation>已決定：{outcome}，由 {by} 於 {at} 決定。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="423"/>
        <source>(on appeal)</source>
        <translation>（申訴後）</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="494"/>
        <source>Recording the decision</source>
        <translation>正在記錄決定</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="504"/>
        <source>The decision was recorded.</source>
        <translation>已記錄決定。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="510"/>
        <source>The server did not accept it; see the marked fields.</source>
        <translation>伺服器不接受；請查看標示的欄位。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="513"/>
        <source>Not recorded; what you typed is kept. {error}</source>
        <translation>未記錄；您輸入的內容會保留。{error}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="84"/>
        <source>No user group in the organisation&apos;s country can review it.</source>
        <translation>機構所在國家沒有可以審查的使用者社群。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="85"/>
        <source>The country&apos;s user groups have too few members to review it.</source>
        <translation>該國的使用者社群成員太少，無法審查。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="86"/>
        <source>Too few reviewers are free of a conflict of interest.</source>
        <translation>沒有利益衝突的審查人太少。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/psc_panel.py" line="87"/>
        <source>The review period ended without the user group&apos;s opinion.</source>
        <translation>審查期限已過，使用者社群仍未提出意見。</translation>
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
    <name>ReviewApplicationView</name>
    <message>
        <location filename="../gui/reviews/application_view.py" line="45"/>
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_view.py" line="46"/>
        <source>Review</source>
        <translation>審查</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_view.py" line="47"/>
        <source>Opinion</source>
        <translation>意見</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_view.py" line="48"/>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_view.py" line="111"/>
        <source>← Queue</source>
        <translation>← 審查佇列</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_view.py" line="164"/>
        <source>Application {id}</source>
        <translation>申請 {id}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/application_view.py" line="168"/>
        <source>round {n}</source>
        <translation>第 {n} 輪</translation>
    </message>
</context>
<context>
    <name>ReviewDock</name>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="62"/>
        <source>Nothing is waiting for you to review.</source>
        <translation>目前沒有等待您審查的申請。</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reviews/review_dock.py" line="66"/>
        <source>%n application to review</source>
        <translation>
            <numerusform>%n 件申請待審查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reviews/review_dock.py" line="68"/>
        <source>%n applications to review</source>
        <translation>
            <numerusform>%n 件申請待審查</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="71"/>
        <source>{count} due today</source>
        <translation>{count} 件今天到期</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reviews/review_dock.py" line="73"/>
        <source>{count} due in %n day</source>
        <translation>
            <numerusform>{count} 件將於 %n 天後到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reviews/review_dock.py" line="79"/>
        <source>{count} due in %n days</source>
        <translation>
            <numerusform>{count} 件將於 %n 天後到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reviews/review_dock.py" line="85"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 件已逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="86"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="131"/>
        <source>Review applications</source>
        <translation>審查申請</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="144"/>
        <source>reviews</source>
        <translation>申請審查</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="336"/>
        <source>Connecting to the certification server…</source>
        <translation>正在連線到認證伺服器…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="154"/>
        <source>Sign in…</source>
        <translation>登入…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="224"/>
        <source>Reading the review queue</source>
        <translation>正在讀取審查佇列</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="246"/>
        <source>Your sign-in is no longer accepted; sign in again.</source>
        <translation>您的登入已失效；請重新登入。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="233"/>
        <source>The review queue could not be read. {error}</source>
        <translation>無法讀取審查佇列。{error}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="237"/>
        <source>The certification server could not be reached.</source>
        <translation>無法連線到認證伺服器。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="246"/>
        <source>Sign in to the certification server to see what waits for your review.</source>
        <translation>請登入認證伺服器，以查看等待您審查的申請。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="374"/>
        <source>Not on the map (no outline for these codes): {codes}</source>
        <translation>未顯示在地圖上（這些代碼沒有國界輪廓）：{codes}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="380"/>
        <source>The map shows the applications under review per country.</source>
        <translation>地圖依國家顯示審查中的申請。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/review_dock.py" line="382"/>
        <source>Building the map of reviews</source>
        <translation>正在建立審查地圖</translation>
    </message>
</context>
<context>
    <name>ReviewMap</name>
    <message>
        <location filename="../qgis_io/review_map.py" line="58"/>
        <source>Applications under review</source>
        <translation>審查中的申請</translation>
    </message>
    <message>
        <location filename="../qgis_io/review_map.py" line="118"/>
        <source>With overdue reviews</source>
        <translation>有逾期的審查</translation>
    </message>
    <message>
        <location filename="../qgis_io/review_map.py" line="125"/>
        <source>1 application</source>
        <translation>1 件申請</translation>
    </message>
    <message>
        <location filename="../qgis_io/review_map.py" line="126"/>
        <source>2 or 3 applications</source>
        <translation>2 或 3 件申請</translation>
    </message>
    <message>
        <location filename="../qgis_io/review_map.py" line="127"/>
        <source>4 or more applications</source>
        <translation>4 件以上申請</translation>
    </message>
    <message>
        <location filename="../qgis_io/review_map.py" line="180"/>
        <source>under review</source>
        <translation>審查中</translation>
    </message>
    <message>
        <location filename="../qgis_io/review_map.py" line="180"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="53"/>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="53"/>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="53"/>
        <source>Round</source>
        <translation>輪次</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="53"/>
        <source>Routed to</source>
        <translation>審查單位</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="53"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="53"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="53"/>
        <source>Task</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="66"/>
        <source>Screen</source>
        <translation>初審</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="67"/>
        <source>Declare conflicts</source>
        <translation>聲明利益衝突</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="68"/>
        <source>Review</source>
        <translation>審查</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="69"/>
        <source>Group opinion</source>
        <translation>社群意見</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="70"/>
        <source>Decide</source>
        <translation>作出決定</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="71"/>
        <source>Decide the appeal</source>
        <translation>裁決申訴</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="72"/>
        <source>Nothing to do</source>
        <translation>無需處理</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="78"/>
        <source>Submitted</source>
        <translation>已送出</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="79"/>
        <source>Resubmitted</source>
        <translation>已重新送出</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="80"/>
        <source>Screening</source>
        <translation>初審</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="81"/>
        <source>Under review</source>
        <translation>審查中</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="82"/>
        <source>Appealed</source>
        <translation>已提出申訴</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="83"/>
        <source>Changes requested</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="84"/>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="85"/>
        <source>Rejected</source>
        <translation>已駁回</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="86"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="101"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reviews/queue_page.py" line="103"/>
        <source>overdue by %n day</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reviews/queue_page.py" line="104"/>
        <source>overdue by %n days</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="106"/>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reviews/queue_page.py" line="108"/>
        <source>due in %n day</source>
        <translation>
            <numerusform>%n 天後到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reviews/queue_page.py" line="109"/>
        <source>due in %n days</source>
        <translation>
            <numerusform>%n 天後到期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="114"/>
        <source>PSC (escalated)</source>
        <translation>PSC（已轉交）</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="114"/>
        <source>PSC</source>
        <translation>PSC</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="116"/>
        <source>User group</source>
        <translation>使用者社群</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="210"/>
        <source>Overdue only</source>
        <translation>僅顯示逾期</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="215"/>
        <source>Escalated only</source>
        <translation>僅顯示已轉交 PSC</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="217"/>
        <source>Applications sent on to the PSC</source>
        <translation>已轉交 PSC 的申請</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="250"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="253"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="256"/>
        <source>Show on map</source>
        <translation>在地圖上顯示</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="258"/>
        <source>A layer of the applications under review per country</source>
        <translation>依國家顯示審查中申請的圖層</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="277"/>
        <source>All tasks</source>
        <translation>所有工作</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="286"/>
        <source>All countries</source>
        <translation>所有國家</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="331"/>
        <source>Nothing is waiting for you.</source>
        <translation>目前沒有等待您處理的申請。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/queue_page.py" line="333"/>
        <source>No application matches the filters.</source>
        <translation>沒有符合篩選條件的申請。</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <location filename="../gui/base/rows_table.py" line="88"/>
        <source>Add row</source>
        <translation>新增列</translation>
    </message>
    <message>
        <location filename="../gui/base/rows_table.py" line="90"/>
        <source>Remove row</source>
        <translation>移除列</translation>
    </message>
</context>
<context>
    <name>RubricForm</name>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="73"/>
        <source>Choose a score.</source>
        <translation>請選擇分數。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="74"/>
        <source>Choose a score from 0 to {max}.</source>
        <translation>請選擇 0 至 {max} 的分數。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="75"/>
        <source>This criterion is not in the rubric.</source>
        <translation>此評分項目不在評分標準中。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="76"/>
        <source>Explain your scores.</source>
        <translation>請說明您的評分。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="77"/>
        <source>Choose a recommendation.</source>
        <translation>請選擇建議。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="84"/>
        <source>Justification</source>
        <translation>評分說明</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="85"/>
        <source>Recommendation</source>
        <translation>建議</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="86"/>
        <source>Approve</source>
        <translation>核准</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="87"/>
        <source>Changes requested</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="88"/>
        <source>Reject</source>
        <translation>駁回</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="161"/>
        <source>Submit review</source>
        <translation>送出審查</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="170"/>
        <source>The other reviews</source>
        <translation>其他審查</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="188"/>
        <source>Score</source>
        <translation>分數</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="188"/>
        <source>{title} (minimum {minimum})</source>
        <translation>{title}（最低 {minimum} 分）</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="188"/>
        <source>Your recommendation</source>
        <translation>您的建議</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="224"/>
        <source>Score each criterion from 0 to {max}; a score below a criterion&apos;s minimum fails it however high the total. {pass_total} of {max_total} passes. Rubric version {version}.</source>
        <translation>請為每個評分項目評 0 至 {max} 分；任一項目低於其最低分即不通過，無論總分多高。總分 {max_total} 分中達 {pass_total} 分即通過。評分標準版本 {version}。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="292"/>
        <source>Reading the review…</source>
        <translation>正在讀取審查…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="310"/>
        <source>Reading the review</source>
        <translation>正在讀取審查</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="316"/>
        <source>The review could not be read. {error}</source>
        <translation>無法讀取審查。{error}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="318"/>
        <source>Your draft is kept on this computer.</source>
        <translation>您的草稿已保留在這台電腦上。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="341"/>
        <source>Your draft on this computer is newer; it is being saved on the server.</source>
        <translation>這台電腦上的草稿較新，正在儲存到伺服器。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="384"/>
        <source>Below the minimum of {minimum}: this criterion fails however high the total.</source>
        <translation>低於最低分 {minimum}：無論總分多高，此評分項目皆不通過。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="400"/>
        <source>Total: score every criterion ({pass_total} of {max_total} passes).</source>
        <translation>總分：請為每個評分項目評分（滿分 {max_total} 分，達 {pass_total} 分即通過）。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="406"/>
        <source>Total: {total} of {max_total} ({pass_total} passes).</source>
        <translation>總分：{total} / {max_total}（達 {pass_total} 分即通過）。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="479"/>
        <source>Saving the review on the server</source>
        <translation>正在將審查儲存到伺服器</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="494"/>
        <source>Draft saved on the server.</source>
        <translation>草稿已儲存到伺服器。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="507"/>
        <source>Saved on this computer; the server&apos;s copy was not updated. {error}</source>
        <translation>已儲存在這台電腦上；伺服器上的副本未更新。{error}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="529"/>
        <source>The review is not complete; see the marked fields.</source>
        <translation>審查尚未完成；請查看標示的欄位。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="541"/>
        <source>Submitting the review…</source>
        <translation>正在送出審查…</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="561"/>
        <source>Submitting the review</source>
        <translation>正在送出審查</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="574"/>
        <source>Your review was submitted.</source>
        <translation>已送出您的審查。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="585"/>
        <source>The review was not submitted; it is kept on this computer. {error}</source>
        <translation>審查未送出；已保留在這台電腦上。{error}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="593"/>
        <source>The server did not accept the review; see the marked fields.</source>
        <translation>伺服器不接受此審查；請查看標示的欄位。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="609"/>
        <source>Submitted {when}.</source>
        <translation>已於 {when} 送出。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="616"/>
        <source>The other reviews show once they are submitted.</source>
        <translation>其他審查送出後才會顯示。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/rubric_form.py" line="618"/>
        <source>No other review is submitted yet.</source>
        <translation>尚無其他已送出的審查。</translation>
    </message>
</context>
<context>
    <name>SelfCheckPage</name>
    <message>
        <location filename="../gui/applications/self_check.py" line="51"/>
        <source>Before you fill in the application, answer these questions. Organisations that can answer yes to each of them may apply.</source>
        <translation>填寫申請之前，請先回答這些問題。每一題都能回答「是」的機構才可提出申請。</translation>
    </message>
    <message>
        <location filename="../gui/applications/self_check.py" line="60"/>
        <source>Self-check</source>
        <translation>自我檢核</translation>
    </message>
    <message>
        <location filename="../gui/applications/self_check.py" line="65"/>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
    <message>
        <location filename="../gui/applications/self_check.py" line="94"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../gui/applications/self_check.py" line="95"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../gui/applications/self_check.py" line="146"/>
        <source>Loading the questions from the server…</source>
        <translation>正在從伺服器載入問題…</translation>
    </message>
    <message>
        <location filename="../gui/applications/self_check.py" line="154"/>
        <source>Certification needs a yes to every question. These answers are no:</source>
        <translation>每一題都必須回答「是」才能取得認證。以下回答為「否」：</translation>
    </message>
    <message>
        <location filename="../gui/applications/self_check.py" line="159"/>
        <source>Still to answer: {n}</source>
        <translation>尚待回答：{n}</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="43"/>
        <source>Approve</source>
        <translation>核准</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="44"/>
        <source>Changes requested</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="45"/>
        <source>Request changes</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="46"/>
        <source>Reject</source>
        <translation>駁回</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="61"/>
        <source>Reviewer</source>
        <translation>審查人</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="158"/>
        <source>Median</source>
        <translation>中位數</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="163"/>
        <source>PSC</source>
        <translation>PSC</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="168"/>
        <source>Total (of {max})</source>
        <translation>總分（滿分 {max}）</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="170"/>
        <source>Recommendation</source>
        <translation>建議</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="174"/>
        <source>{title} (minimum {minimum})</source>
        <translation>{title}（最低 {minimum} 分）</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="196"/>
        <source>Below the minimum of {minimum}</source>
        <translation>低於最低分 {minimum}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="274"/>
        <source>{n} reviews; median total {total} of {max}, {pass_total} needed.</source>
        <translation>{n} 份審查；總分中位數 {total} / {max}，需達 {pass_total}。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="282"/>
        <source>Minimums not met: {criteria}</source>
        <translation>未達最低分：{criteria}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/side_by_side.py" line="284"/>
        <source>The reviewers&apos; totals diverge.</source>
        <translation>各審查人的總分出現分歧。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="96"/>
        <source>Sign in to the certification service</source>
        <translation>登入認證服務</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="115"/>
        <source>QGIS opens the sign-in page in your browser. Sign in there, check that the page shows this code, and approve. QGIS then signs in by itself.</source>
        <translation>QGIS 會在您的瀏覽器中開啟登入頁面。請在該頁面登入，確認頁面顯示的是此代碼，然後核准。接著 QGIS 會自動完成登入。</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="140"/>
        <source>Open the browser</source>
        <translation>開啟瀏覽器</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="160"/>
        <source>Start again</source>
        <translation>重新開始</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="199"/>
        <source>QGIS keeps the sign-in in its authentication database, which needs its master password. Set or enter it, then start again.</source>
        <translation>QGIS 會將登入資訊保存在身分驗證資料庫中，這需要其主密碼。請設定或輸入主密碼，然後重新開始。</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="206"/>
        <source>Asking the server for a sign-in code…</source>
        <translation>正在向伺服器要求登入代碼…</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="216"/>
        <source>Starting the sign-in</source>
        <translation>正在開始登入</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="224"/>
        <source>Waiting for you to approve the sign-in in the browser…</source>
        <translation>正在等待您在瀏覽器中核准登入…</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="239"/>
        <source>Could not open the browser. Open {url} and type the code.</source>
        <translation>無法開啟瀏覽器。請開啟 {url} 並輸入代碼。</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="263"/>
        <source>Waiting for the sign-in</source>
        <translation>正在等待登入</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="267"/>
        <source>Waiting for you to approve the sign-in in the browser… (polling slower)</source>
        <translation>正在等待您在瀏覽器中核准登入…（已放慢查詢頻率）</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="275"/>
        <source>The sign-in was denied in the browser.</source>
        <translation>登入已在瀏覽器中被拒絕。</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="277"/>
        <source>The code expired before the sign-in was approved.</source>
        <translation>代碼在登入獲得核准前已過期。</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="294"/>
        <source>Signed in as {username}.</source>
        <translation>已登入為 {username}。</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="309"/>
        <source>Revoking a token QGIS could not keep</source>
        <translation>正在撤銷 QGIS 無法保存的權杖</translation>
    </message>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="317"/>
        <source>This server does not offer signing in from QGIS. Create a token on its website and keep it in a Basic authentication configuration instead.</source>
        <translation>此伺服器不支援從 QGIS 登入。請改在其網站上建立權杖，並將它保存在 Basic 身分驗證設定中。</translation>
    </message>
</context>
<context>
    <name>SignOut</name>
    <message>
        <location filename="../gui/sign_out.py" line="54"/>
        <source>You are not signed in.</source>
        <translation>您尚未登入。</translation>
    </message>
    <message>
        <location filename="../gui/sign_out.py" line="75"/>
        <source>Signed out: the token is revoked and QGIS forgot it.</source>
        <translation>已登出：權杖已撤銷，QGIS 也已將其刪除。</translation>
    </message>
    <message>
        <location filename="../gui/sign_out.py" line="83"/>
        <source>Signed out. The server no longer accepted the token (it had expired or was revoked already).</source>
        <translation>已登出。伺服器已不再接受此權杖（它已過期或已被撤銷）。</translation>
    </message>
    <message>
        <location filename="../gui/sign_out.py" line="93"/>
        <source>Signed out in QGIS, but the token could not be revoked on the server. It stays valid until it expires unless you revoke it on {url}
{error}</source>
        <translation>已在 QGIS 中登出，但無法在伺服器上撤銷權杖。除非您在 {url} 撤銷，否則它在到期前仍然有效
{error}</translation>
    </message>
    <message>
        <location filename="../gui/sign_out.py" line="105"/>
        <source>Signing out of the certification service</source>
        <translation>正在登出認證服務</translation>
    </message>
</context>
<context>
    <name>SnapshotView</name>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="62"/>
        <source>{n} bytes</source>
        <translation>{n} 位元組</translation>
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
        <translation>此檔案未附 QGIS 檢查結果。</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="84"/>
        <source>Lectures</source>
        <translation>講義</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="85"/>
        <source>Exercises</source>
        <translation>練習</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="86"/>
        <source>Data</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="135"/>
        <source>Contributions ({n})</source>
        <translation>貢獻（{n}）</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="153"/>
        <source>Evidence:</source>
        <translation>證明：</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="162"/>
        <source>Courses and training material ({n})</source>
        <translation>課程與培訓教材（{n}）</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="170"/>
        <source>Type: {value}</source>
        <translation>類型：{value}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="174"/>
        <source>Licence: {value}</source>
        <translation>授權條款：{value}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="176"/>
        <source>QGIS {value}</source>
        <translation>QGIS {value}</translation>
    </message>
    <message>
        <location filename="../gui/reviews/snapshot_html.py" line="191"/>
        <source>file</source>
        <translation>檔案</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../gui/applications/status_page.py" line="61"/>
        <source>Remarks of the reviewers</source>
        <translation>審查人員的意見</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="70"/>
        <source>History</source>
        <translation>歷程記錄</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="74"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="74"/>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="87"/>
        <source>Edit and resubmit</source>
        <translation>編輯並重新送出</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="89"/>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="91"/>
        <source>New application</source>
        <translation>新申請</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="93"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="104"/>
        <source>Application {id}: {state}</source>
        <translation>申請 {id}：{state}</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="108"/>
        <source>The certification managers screen it next.</source>
        <translation>接下來將由認證管理員進行初審。</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="110"/>
        <source>The reviewers ask for changes. Read their remarks, edit the application and submit it again.</source>
        <translation>審查人員要求修改。請閱讀他們的意見，編輯申請後再次送出。</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="115"/>
        <source>Your organisation is certified.</source>
        <translation>您的機構已通過認證。</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="117"/>
        <source>The application was withdrawn. You may start a new one.</source>
        <translation>申請已撤回。您可以重新提出一份新申請。</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="119"/>
        <source>The application was not accepted. You may apply again later.</source>
        <translation>申請未獲通過。您可以日後再次申請。</translation>
    </message>
    <message>
        <location filename="../gui/applications/status_page.py" line="121"/>
        <source>The application is being reviewed; nothing to do for now.</source>
        <translation>申請審查中；目前無需任何動作。</translation>
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
    <name>TrainingDock</name>
    <message>
        <location filename="../gui/training/kinds.py" line="47"/>
        <source>{name} (online)</source>
        <translation>{name}（線上）</translation>
    </message>
    <message>
        <location filename="../gui/training/kinds.py" line="56"/>
        <source>{name} · {hours} h</source>
        <translation>{name} · {hours} 小時</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="102"/>
        <source>Credits: {balance} ({price} each)</source>
        <translation>點數：{balance}（每點 {price}）</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="138"/>
        <source>Not available in this version of the plugin.</source>
        <translation>此版本的外掛不提供此功能。</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="182"/>
        <source>Courses and certificates</source>
        <translation>課程與證書</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="507"/>
        <source>courses and certificates</source>
        <translation>課程與證書</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="231"/>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="240"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="270"/>
        <source>Courses</source>
        <translation>課程</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="271"/>
        <source>Training centres</source>
        <translation>訓練中心</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="272"/>
        <source>Course types</source>
        <translation>課程類型</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="273"/>
        <source>Conveners</source>
        <translation>課程召集人</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="276"/>
        <source>No course yet.</source>
        <translation>尚無課程。</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="277"/>
        <source>No training centre yet.</source>
        <translation>尚無訓練中心。</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="278"/>
        <source>No course type yet.</source>
        <translation>尚無課程類型。</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="279"/>
        <source>No convener yet.</source>
        <translation>尚無課程召集人。</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="297"/>
        <source>Verify</source>
        <translation>驗證</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="307"/>
        <source>Connecting to the certification server…</source>
        <translation>正在連線到認證伺服器…</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="311"/>
        <source>Add on the map</source>
        <translation>在地圖上新增</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="312"/>
        <source>Click the new centre&apos;s place on the map</source>
        <translation>在地圖上點選新訓練中心的位置</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="314"/>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="315"/>
        <source>Click the selected centre&apos;s new place on the map</source>
        <translation>在地圖上點選所選訓練中心的新位置</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="317"/>
        <source>From selected feature</source>
        <translation>從已選取的圖徵</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="318"/>
        <source>The selected feature of the active layer (its centroid for lines and polygons)</source>
        <translation>作用中圖層內已選取的圖徵（線與多邊形取其質心）</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="332"/>
        <source>Attendees</source>
        <translation>學員</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="333"/>
        <source>Certificates</source>
        <translation>證書</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="422"/>
        <source>Reading your organisations</source>
        <translation>正在讀取您的機構</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="427"/>
        <source>The certification server could not be reached. {error}</source>
        <translation>無法連線到認證伺服器。{error}</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="437"/>
        <source>This server does not manage courses and certificates here: it is done on its website. Verifying a certificate works in the Verify tab.</source>
        <translation>此伺服器不支援在此管理課程與證書：請在其網站上進行。驗證證書可在「驗證」分頁中進行。</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="447"/>
        <source>Your sign-in is no longer accepted; sign in again.</source>
        <translation>您的登入已失效；請重新登入。</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="447"/>
        <source>Sign in to the certification server to manage your courses.</source>
        <translation>請登入認證伺服器以管理您的課程。</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="456"/>
        <source>You do not own or convene for a certified organisation. Once your organisation is certified, its courses are managed here.</source>
        <translation>您不是任何已認證機構的擁有者或課程召集人。您的機構通過認證後，即可在此管理其課程。</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="546"/>
        <source>Reading the organisation&apos;s courses</source>
        <translation>正在讀取機構的課程</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="586"/>
        <source>Reading the credit balance</source>
        <translation>正在讀取點數餘額</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="616"/>
        <source>New course</source>
        <translation>新增課程</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="617"/>
        <source>New training centre</source>
        <translation>新增訓練中心</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="618"/>
        <source>New course type</source>
        <translation>新增課程類型</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="619"/>
        <source>New convener</source>
        <translation>新增課程召集人</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="622"/>
        <source>Edit: {name}</source>
        <translation>編輯：{name}</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="624"/>
        <source>Your unsaved changes were restored.</source>
        <translation>已還原您未儲存的變更。</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="664"/>
        <source>The file could not be read: {error}</source>
        <translation>無法讀取檔案：{error}</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="679"/>
        <source>Saved: {name}</source>
        <translation>已儲存：{name}</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="691"/>
        <source>Not saved; what you typed is kept. {error}</source>
        <translation>未儲存；您輸入的內容已保留。{error}</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="696"/>
        <source>Saving</source>
        <translation>正在儲存</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="707"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="708"/>
        <source>Delete {name}? This cannot be undone.</source>
        <translation>要刪除 {name} 嗎？此動作無法復原。</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="733"/>
        <source>Deleted: {name}</source>
        <translation>已刪除：{name}</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="741"/>
        <source>{name} was not deleted. {reason}</source>
        <translation>未刪除 {name}。{reason}</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="745"/>
        <source>Deleting</source>
        <translation>正在刪除</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="758"/>
        <source>There is no map to click on.</source>
        <translation>沒有可供點選的地圖。</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="766"/>
        <source>Click the training centre&apos;s place on the map.</source>
        <translation>請在地圖上點選訓練中心的位置。</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="790"/>
        <source>No place was picked.</source>
        <translation>未點選任何位置。</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="814"/>
        <source>Select a feature on the active layer first (a point, line or polygon).</source>
        <translation>請先在作用中圖層上選取一個圖徵（點、線或多邊形）。</translation>
    </message>
    <message>
        <location filename="../gui/training/training_dock.py" line="299"/>
        <source>Credits</source>
        <translation>點數</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <location filename="../gui/training/form_page.py" line="88"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../gui/training/form_page.py" line="92"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TrainingForms</name>
    <message>
        <location filename="../gui/training/texts.py" line="22"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="23"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="24"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="25"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="26"/>
        <source>Website</source>
        <translation>網站</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="27"/>
        <source>Longitude</source>
        <translation>經度</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="28"/>
        <source>Latitude</source>
        <translation>緯度</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="29"/>
        <source>Degrees, WGS 84 (EPSG:4326); empty for an online centre.</source>
        <translation>以度為單位，WGS 84（EPSG:4326）；線上訓練中心請留空。</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="32"/>
        <source>Training centre</source>
        <translation>訓練中心</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="33"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="34"/>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="35"/>
        <source>Instruction hours</source>
        <translation>授課時數</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="36"/>
        <source>0 to 1000, such as 16 or 7.5.</source>
        <translation>0 至 1000，例如 16 或 7.5。</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="37"/>
        <source>Link</source>
        <translation>連結</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="38"/>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="39"/>
        <source>The user name or e-mail of an account on the certification server.</source>
        <translation>認證伺服器上帳號的使用者名稱或電子郵件。</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="42"/>
        <source>Title</source>
        <translation>頭銜</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="43"/>
        <source>Such as Prof. or Dr.</source>
        <translation>例如教授（Prof.）或博士（Dr.）。</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="44"/>
        <source>Degree</source>
        <translation>學位</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="45"/>
        <source>Such as PhD or MSc.</source>
        <translation>例如博士（PhD）或碩士（MSc）。</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="46"/>
        <source>Signature image</source>
        <translation>簽名圖片</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="47"/>
        <source>Course type</source>
        <translation>課程類型</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="48"/>
        <source>Convener</source>
        <translation>課程召集人</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="49"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="50"/>
        <source>Trained competence</source>
        <translation>培訓能力</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="51"/>
        <source>Start date</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="52"/>
        <source>End date</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="53"/>
        <source>Certificate type</source>
        <translation>證書類型</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="54"/>
        <source>The default for the course&apos;s certificates.</source>
        <translation>此課程證書的預設類型。</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="57"/>
        <source>Certificate of attendance</source>
        <translation>出席證書</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="58"/>
        <source>Certificate of completion</source>
        <translation>結業證書</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="59"/>
        <source>(none yet)</source>
        <translation>（尚無）</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="60"/>
        <source>First name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="61"/>
        <source>Surname</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="62"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="63"/>
        <source>Romanian</source>
        <translation>羅馬尼亞文</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="64"/>
        <source>Swedish</source>
        <translation>瑞典文</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="65"/>
        <source>Chinese (Traditional)</source>
        <translation>中文（繁體）</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="66"/>
        <source>German</source>
        <translation>德文</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="67"/>
        <source>Spanish</source>
        <translation>西班牙文</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="68"/>
        <source>French</source>
        <translation>法文</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="69"/>
        <source>Italian</source>
        <translation>義大利文</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="70"/>
        <source>Dutch</source>
        <translation>荷蘭文</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="71"/>
        <source>Polish</source>
        <translation>波蘭文</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="72"/>
        <source>Portuguese</source>
        <translation>葡萄牙文</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="73"/>
        <source>Finnish</source>
        <translation>芬蘭文</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="74"/>
        <source>Danish</source>
        <translation>丹麥文</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="75"/>
        <source>Norwegian</source>
        <translation>挪威文</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="76"/>
        <source>Japanese</source>
        <translation>日文</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="77"/>
        <source>Korean</source>
        <translation>韓文</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="84"/>
        <source>Enter a number such as 23.5.</source>
        <translation>請輸入數字，例如 23.5。</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="85"/>
        <source>Enter a longitude between -180 and 180.</source>
        <translation>請輸入介於 -180 與 180 之間的經度。</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="86"/>
        <source>Enter a latitude between -90 and 90.</source>
        <translation>請輸入介於 -90 與 90 之間的緯度。</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="87"/>
        <source>Enter both longitude and latitude, or neither for an online centre.</source>
        <translation>請同時輸入經度與緯度；若為線上訓練中心，則兩者皆留空。</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="88"/>
        <source>Enter hours between 0 and 1000, with at most one decimal.</source>
        <translation>請輸入 0 至 1000 之間的時數，最多一位小數。</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="89"/>
        <source>The end date is before the start date.</source>
        <translation>結束日期早於開始日期。</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="90"/>
        <source>Choose a PNG or JPEG image.</source>
        <translation>請選擇 PNG 或 JPEG 圖片。</translation>
    </message>
    <message>
        <location filename="../gui/training/texts.py" line="91"/>
        <source>Add one first.</source>
        <translation>請先新增一項。</translation>
    </message>
</context>
<context>
    <name>TrainingPanels</name>
    <message>
        <location filename="../gui/training/panel_helpers.py" line="92"/>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../gui/training/panel_helpers.py" line="92"/>
        <source>Completion</source>
        <translation>結業</translation>
    </message>
    <message>
        <location filename="../gui/training/panel_helpers.py" line="97"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../gui/training/panel_helpers.py" line="98"/>
        <source>Revoked</source>
        <translation>已撤銷</translation>
    </message>
    <message>
        <location filename="../gui/training/panel_helpers.py" line="99"/>
        <source>Not found</source>
        <translation>找不到</translation>
    </message>
</context>
<context>
    <name>Uploads</name>
    <message>
        <location filename="../qgis_io/uploads.py" line="167"/>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>無法讀取檔案 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <location filename="../gui/training/verify_panel.py" line="69"/>
        <source>Certificate id, e.g. QGIS-123</source>
        <translation>證書編號，例如 QGIS-123</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="73"/>
        <source>Verify</source>
        <translation>驗證</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>ID</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Attendee Name</source>
        <translation>學員姓名</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Certifying Organisation</source>
        <translation>認證機構</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Training Center</source>
        <translation>訓練中心</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Course Language</source>
        <translation>課程語言</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Trained Competence(s)</source>
        <translation>培訓能力</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Course Type</source>
        <translation>課程類型</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Course Date</source>
        <translation>課程日期</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Instruction Hours</source>
        <translation>授課時數</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Course Convener</source>
        <translation>課程召集人</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="98"/>
        <source>Organisation certified today</source>
        <translation>機構目前是否通過認證</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="138"/>
        <source>Type a certificate id such as QGIS-123.</source>
        <translation>請輸入證書編號，例如 QGIS-123。</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="157"/>
        <source>{id} could not be verified: {reason}</source>
        <translation>無法驗證 {id}：{reason}</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="163"/>
        <source>Verifying {id}…</source>
        <translation>正在驗證 {id}…</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="164"/>
        <source>Verifying {id}</source>
        <translation>正在驗證 {id}</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="174"/>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="179"/>
        <source>Not said by this server</source>
        <translation>此伺服器未提供</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="180"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="180"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="189"/>
        <source>No certificate {id} has been issued.</source>
        <translation>尚未核發編號為 {id} 的證書。</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="197"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="197"/>
        <source>Revoked</source>
        <translation>已撤銷</translation>
    </message>
    <message>
        <location filename="../gui/training/verify_panel.py" line="216"/>
        <source>This certificate was revoked.</source>
        <translation>此證書已被撤銷。</translation>
    </message>
</context>
<context>
    <name>WorkflowDock</name>
    <message>
        <location filename="../gui/base/workflow_dock.py" line="105"/>
        <source>Open the website</source>
        <translation>開啟網站</translation>
    </message>
    <message>
        <location filename="../gui/base/workflow_dock.py" line="296"/>
        <source>This server does not offer {feature}: it is done on the website.</source>
        <translation>此伺服器不提供{feature}：請在網站上進行。</translation>
    </message>
    <message>
        <location filename="../gui/base/workflow_dock.py" line="115"/>
        <source>Sign out</source>
        <translation>登出</translation>
    </message>
    <message>
        <location filename="../gui/base/workflow_dock.py" line="256"/>
        <source>Signed in as {username}.</source>
        <translation>已登入為 {username}。</translation>
    </message>
    <message>
        <location filename="../gui/base/workflow_dock.py" line="262"/>
        <source>Signing out…</source>
        <translation>正在登出…</translation>
    </message>
</context>
</TS>
