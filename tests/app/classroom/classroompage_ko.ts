<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A small Korean translation for tst_classroompagekorean, built in where the app's own is
     (":/i18n/socketscope_ko.qm"). One translation carries markup on purpose: the page must
     show it as text. -->
<TS version="2.1" language="ko_KR">
<context>
    <name>SocketScope::ClassroomPage</name>
    <message>
        <comment>classroom page: heading</comment>
        <source>You are connected to SocketScope</source>
        <translation>SocketScope에 연결되었습니다</translation>
    </message>
    <message>
        <comment>classroom page: table row</comment>
        <source>The server&apos;s end</source>
        <translation>서버 쪽 &lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;</translation>
    </message>
    <message>
        <comment>classroom page: small print at the end; %1 is the address the browser asked for</comment>
        <source>You asked for %1.</source>
        <translation>요청한 주소: %1</translation>
    </message>
    <message>
        <comment>classroom page: error page 503, too many visitors at once</comment>
        <source>The classroom page is full right now. Load the page again in a moment.</source>
        <translation>지금은 수업 페이지에 자리가 없습니다. 잠시 뒤에 페이지를 다시 불러오세요.</translation>
    </message>
</context>
<context>
    <name>SocketScope::LiveWords</name>
    <message>
        <comment>live page: title</comment>
        <source>Live: your own sockets</source>
        <translation>실시간: 내 소켓</translation>
    </message>
</context>
</TS>
