package fake

import "strings"

// Texts are the sample task texts, cycled to fill larger campaigns.
var Texts = []string{
	"The new update fixed the battery drain. Finally! 🎉",
	"这家餐厅的服务太慢了，但是菜很好吃。",
	"配送が予定より二日遅れましたが、梱包はとても丁寧でした。",
	"الخدمة كانت ممتازة والموظفون ودودون جدا.",
	"המוצר הגיע שבור ואף אחד לא עונה לטלפון.",
	"😡😡😡 worst customer support ever 👎🏽 #neveragain",
	"Checkout works on desktop, but on mobile the \"Pay\" button does nothing. Tried Safari and Chrome, same result.",
	"가격 대비 품질이 정말 좋아요 👍 다음에도 여기서 살게요.",
	LongText,
	"👨‍👩‍👧‍👦 Familienurlaub war okay, nichts Besonderes. Das Hotel war sauber, das Essen mittelmäßig.",
	"Нормально, но ожидал большего за такие деньги.",
	"Great phone. Terrible case. Mixed feelings overall 🤷",
}

// LongText is a text far taller than any terminal, to exercise scrolling.
var LongText = strings.TrimSpace(strings.Repeat(`I have been a customer for six years and I want to describe, in detail, how the last three months went, because I think the company should hear it. `+
	`The first delivery arrived on time, but the box was half empty and the invoice listed items I never ordered. Support answered within a day and promised a refund. `+
	`The refund never came; instead I received a second, identical wrong box. The second agent was polite and sent a return label, which did not scan at the post office. `+
	`In the end a manager called me, apologised, refunded everything and added a voucher. So: terrible process, excellent people.

`, 6))

// Instructions is the sample schema's Markdown.
const Instructions = `# How to label sentiment

Read the whole message, then press the key of the label that best fits
what the **author feels** about the product or service.

| Label    | Use it when                                   |
|----------|-----------------------------------------------|
| Positive | the author is satisfied overall               |
| Negative | the author is dissatisfied overall            |
| Neutral  | facts only, no feeling either way             |
| Mixed    | clearly both good and bad, neither dominates  |

## Tips

- Emoji count: 😡 is negative, 🎉 positive.
- Ignore the language; judge the feeling.
- Unsure after 30 seconds? Press ` + "`s`" + ` to skip and come back later.

Gold tasks with known answers are mixed in; missing them costs reputation.
`
