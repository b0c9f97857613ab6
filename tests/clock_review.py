"""A short review of an invented novel in Japanese and English, shared by tests of rows beside a review
(test_memberbadge_round30, test_tallyrow_round30)."""

JA = ("<p>港町の古い時計店を継いだ青年が、町じゅうの時計を毎朝合わせて回る話です。大きな事件は起きませんが、"
       "言葉を選び抜いた静かな文章で、最後まで飽きずに読めました。</p>"
       "<p>中盤の回想が少し長く、人物の関係がわかりにくいところもありました。それでも今年読んだなかで一番やさしい本で、"
       "ゆっくりした物語が好きな人にすすめたいです。</p>")
EN = ("<p>The novel follows a clock-mender in a seaside town who sets every clock in the harbour each morning. The "
       "prose is quiet and exact, and although little happens I could not put it down in the last chapters.</p>"
       "<p>The middle drags a little, with memories that tell us what we already guessed. Still, it is the calmest and "
       "most moving book I read this year, and I would hand it to anyone who likes slow stories.</p>")
