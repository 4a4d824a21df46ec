"""Small articles in several languages and site styles, written for the robustness tests."""

from __future__ import annotations

ARTICLES = {
    "ko": """반도체 수출 석 달 만에 반등

입력 2025-03-02 09:10

반도체 수출이 석 달 만에 증가세로 돌아섰다. 산업통상자원부는 1일 발표한 수출입 동향에서 지난달 반도체 수출이 작년 같은 달보다 4.3% 늘었다고 밝혔다. 메모리 가격이 오르고 인공지능 서버 수요가 늘어난 덕분이다.

정부는 하반기에도 회복세가 이어질 것으로 내다봤다. 다만 미국의 관세 정책과 중국 경기 둔화가 변수로 꼽힌다고 덧붙였다. 업계는 설비 투자를 늘릴 계획이다.

홍길동 기자 hong@example.co.kr
""",
    "ja": """東京都、新たな防災計画を発表

2025年3月2日 10時15分

東京都は１日、新しい防災計画を発表した。首都直下地震に備え、避難所の数を増やすとともに、住民への情報提供を強化する。計画は来年度から５年間で実施される予定だ。

小池知事は記者会見で「早めの備えが大切だ」と述べた。都は今後、区市町村と連携して訓練を重ね、計画の実効性を高めるとしている。
""",
    "zh": """前三季度经济保持平稳增长

2025年10月20日 10:00

国家统计局周一公布的数据显示，今年前三个季度国内生产总值同比增长百分之五。专家表示，消费和投资保持稳定，经济运行总体平稳，就业形势也有所改善。

分析人士指出，外部环境依然复杂，下一阶段仍需加大政策支持力度，进一步扩大内需，推动经济持续回升向好。
""",
    "zh-tw": """行政院通過明年度總預算案

2025年8月21日

行政院今天通過明年度總預算案，總額約新台幣三兆元。主計總處表示，社會福利支出占比最高，國防預算也明顯增加，教育與科技經費同樣有所成長。

官員指出，預算案將送交立法院審議，預計在年底前完成三讀程序。在野黨則表示將仔細檢視各項支出是否合理。
""",
    "de": """Bibliotheken öffnen künftig auch sonntags

06.02.2025, 15:54 Uhr

Die Stadtverwaltung hat am Montag beschlossen, die Öffnungszeiten der Bibliotheken zu verlängern. Bürgerinnen und Bürger können künftig auch sonntags Bücher ausleihen, teilte die Behörde mit. Die Maßnahme kostet rund 200.000 Euro im Jahr.

Der Stadtrat hatte sich lange gegen die Änderung gewehrt. Nun sollen zunächst zwei Häuser im Zentrum für ein Jahr am Wochenende öffnen, danach wird über eine Ausweitung entschieden.
""",
    "fr": """Le gouvernement veut accélérer les démarches administratives

Publié le 5 mars 2025

Le gouvernement a présenté mercredi un projet de loi visant à réduire les délais de traitement des demandes. « Nous voulons une administration plus rapide et plus simple », a déclaré la ministre devant les députés.

Les élus de l’opposition ont critiqué un texte jugé trop timide. Le projet doit être examiné à l’Assemblée nationale au printemps, avant une adoption prévue à l’été.
""",
    "es": """El ayuntamiento amplía el transporte nocturno

5 de marzo de 2025

El ayuntamiento aprobó el martes una reforma del transporte público que amplía el horario nocturno de los autobuses. «Es una petición histórica de los vecinos», señaló la concejala de movilidad durante la presentación.

La medida entrará en vigor en enero y costará 3,5 millones de euros al año. Los sindicatos pidieron más conductores para cubrir los nuevos turnos sin aumentar la carga de trabajo.
""",
    "en": """Council approves new downtown bike lanes

Published March 5, 2025

The city council voted 7-2 on Thursday to approve a plan that will add twelve miles of protected bike lanes to the downtown core, ending a debate that has divided residents and business owners for more than a year.

Supporters said the lanes would make streets safer for everyone and help the city meet its climate goals. Opponents, including several restaurant owners on Main Street, argued that the loss of parking would hurt their businesses.
""",
}
