// The rule language's tokenizer and recursive-descent parser (grammar in segment_rule.h).
#include "pvi/segments/segment_rule.h"

#include <QRegularExpression>

namespace pvi {

namespace {

enum class RuleFieldType { Number, Date, Text, Boolean };

struct RuleFieldSpec {
    const char* name;
    RuleFieldType type;
};

constexpr RuleFieldSpec kRuleFields[] = {
    {"spend", RuleFieldType::Number},     {"orders", RuleFieldType::Number},
    {"recency", RuleFieldType::Number},   {"r", RuleFieldType::Number},
    {"f", RuleFieldType::Number},         {"m", RuleFieldType::Number},
    {"last_order", RuleFieldType::Date},  {"first_order", RuleFieldType::Date},
    {"tag", RuleFieldType::Text},         {"customer_tag", RuleFieldType::Text},
    {"order_tag", RuleFieldType::Text},   {"country", RuleFieldType::Text},
    {"region", RuleFieldType::Text},      {"list", RuleFieldType::Text},
    {"email_group", RuleFieldType::Text}, {"survey", RuleFieldType::Text},
    {"consent", RuleFieldType::Boolean},  {"exposed", RuleFieldType::Boolean},
};

struct RuleToken {
    enum class Kind { Word, String, Op, Open, Close, End };
    Kind kind = Kind::End;
    QString text;
    int position = 0; ///< 1-based
};

struct RuleParseError {
    int position;
    QString message;
};

std::vector<RuleToken> tokenizeRule(const QString& text) {
    std::vector<RuleToken> tokens;
    int i = 0;
    const int n = static_cast<int>(text.size());
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        RuleToken t;
        t.position = i + 1;
        if (c == u'(' || c == u')') {
            t.kind = c == u'(' ? RuleToken::Kind::Open : RuleToken::Kind::Close;
            t.text = c;
            ++i;
        } else if (c == u'"' || c == u'\'') {
            const int close = static_cast<int>(text.indexOf(c, i + 1));
            if (close < 0)
                throw RuleParseError{i + 1, QStringLiteral("the quoted text is not closed")};
            t.kind = RuleToken::Kind::String;
            t.text = text.mid(i + 1, close - i - 1);
            i = close + 1;
        } else if (QStringLiteral("<>=!").contains(c)) {
            t.kind = RuleToken::Kind::Op;
            t.text = c;
            ++i;
            if (i < n && text[i] == u'=') {
                t.text += u'=';
                ++i;
            }
        } else if (c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'-' || c == u'$') {
            t.kind = RuleToken::Kind::Word;
            while (i < n && (text[i].isLetterOrNumber() || text[i] == u'_' || text[i] == u'.' ||
                             text[i] == u'-' || text[i] == u'$'))
                t.text += text[i++];
        } else {
            throw RuleParseError{i + 1, QStringLiteral("unexpected character '%1'").arg(c)};
        }
        tokens.push_back(t);
    }
    tokens.push_back({RuleToken::Kind::End, QString(), n + 1});
    return tokens;
}

class RuleParser {
public:
    explicit RuleParser(std::vector<RuleToken> tokens)
        : m_tokens(std::move(tokens)) {}

    RuleNode parse() {
        RuleNode node = parseOr();
        if (peek().kind != RuleToken::Kind::End)
            throw RuleParseError{peek().position,
                                 QStringLiteral("expected AND, OR or the end of the "
                                                "rule, found '%1'")
                                     .arg(peek().text)};
        return node;
    }

private:
    const RuleToken& peek() const { return m_tokens[m_next]; }
    RuleToken take() { return m_tokens[m_next++]; }
    bool keyword(const char* word) const {
        return peek().kind == RuleToken::Kind::Word &&
               peek().text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }

    RuleNode parseOr() { return parseChain("or", RuleNode::Kind::Or, &RuleParser::parseAnd); }
    RuleNode parseAnd() { return parseChain("and", RuleNode::Kind::And, &RuleParser::parseUnary); }

    /// operand (WORD operand)*: one node of `kind` when the word joins two or more operands.
    RuleNode parseChain(const char* word, RuleNode::Kind kind, RuleNode (RuleParser::*operand)()) {
        RuleNode left = (this->*operand)();
        if (!keyword(word))
            return left;
        RuleNode node;
        node.kind = kind;
        node.children.push_back(std::move(left));
        while (keyword(word)) {
            take();
            node.children.push_back((this->*operand)());
        }
        return node;
    }

    RuleNode parseUnary() {
        if (++m_depth > kMaxDepth)
            throw RuleParseError{
                peek().position,
                QStringLiteral("the rule nests more than %1 levels").arg(kMaxDepth)};
        RuleNode node = parseUnaryAtDepth();
        --m_depth;
        return node;
    }

    RuleNode parseUnaryAtDepth() {
        if (keyword("not")) {
            take();
            RuleNode node;
            node.kind = RuleNode::Kind::Not;
            node.children.push_back(parseUnary());
            return node;
        }
        if (peek().kind == RuleToken::Kind::Open) {
            take();
            RuleNode inner = parseOr();
            if (peek().kind != RuleToken::Kind::Close)
                throw RuleParseError{peek().position, QStringLiteral("expected ')'")};
            take();
            return inner;
        }
        return parseCondition();
    }

    RuleNode parseCondition() {
        const RuleToken field = take();
        if (field.kind != RuleToken::Kind::Word)
            throw RuleParseError{
                field.position, field.kind == RuleToken::Kind::End
                                    ? QStringLiteral("the rule ends where a condition was expected")
                                    : QStringLiteral("expected a field such as spend, orders, tag "
                                                     "or country, found '%1'")
                                          .arg(field.text)};
        RuleNode node;
        RuleCondition& c = node.condition;
        const RuleFieldType type = fieldType(field, c);
        const RuleToken op = take();
        if (op.kind != RuleToken::Kind::Op || op.text == u"!")
            throw RuleParseError{op.position,
                                 QStringLiteral("expected a comparison (<, <=, >, >=, =, !=) after "
                                                "'%1'")
                                     .arg(field.text)};
        c.op = opOf(op.text);
        if ((type == RuleFieldType::Text || type == RuleFieldType::Boolean) &&
            c.op != RuleOp::Equal && c.op != RuleOp::NotEqual)
            throw RuleParseError{
                op.position,
                QStringLiteral("'%1' can only be compared with = or !=").arg(field.text)};
        const RuleToken value = take();
        if (value.kind != RuleToken::Kind::Word && value.kind != RuleToken::Kind::String)
            throw RuleParseError{
                value.position,
                QStringLiteral("expected a value after '%1 %2'").arg(field.text, op.text)};
        readValue(type, value, c);
        return node;
    }

    static RuleOp opOf(const QString& op) {
        if (op == u"<")
            return RuleOp::Less;
        if (op == u"<=")
            return RuleOp::LessOrEqual;
        if (op == u">")
            return RuleOp::Greater;
        if (op == u">=")
            return RuleOp::GreaterOrEqual;
        if (op == u"!=")
            return RuleOp::NotEqual;
        return RuleOp::Equal;
    }

    static RuleFieldType fieldType(const RuleToken& field, RuleCondition& c) {
        static const QRegularExpression windowed(QStringLiteral("^(spend|orders)_last_(\\d+)d$"));
        const QString name = field.text.toLower();
        if (const auto match = windowed.match(name); match.hasMatch()) {
            c.field = match.captured(1);
            c.windowDays = match.captured(2).toInt();
            if (c.windowDays <= 0 || c.windowDays > 36600)
                throw RuleParseError{
                    field.position,
                    QStringLiteral("the window of '%1' must be 1 to 36600 days").arg(field.text)};
            return RuleFieldType::Number;
        }
        for (const RuleFieldSpec& spec : kRuleFields) {
            if (name == QLatin1String(spec.name)) {
                c.field = name;
                return spec.type;
            }
        }
        throw RuleParseError{
            field.position, QStringLiteral("unknown field '%1' (fields: spend, orders, recency, r, "
                                           "f, m, last_order, first_order, tag, customer_tag, "
                                           "order_tag, country, region, list, email_group, survey, "
                                           "consent, exposed, spend_last_Nd, orders_last_Nd)")
                                .arg(field.text)};
    }

    static void readValue(RuleFieldType type, const RuleToken& value, RuleCondition& c) {
        const QString text = value.text.trimmed();
        bool ok = true;
        switch (type) {
        case RuleFieldType::Number: {
            QString digits = text;
            if (digits.startsWith(u'$'))
                digits.remove(0, 1);
            c.number = digits.toDouble(&ok);
            if (!ok)
                throw RuleParseError{value.position,
                                     QStringLiteral("'%1' is not a number").arg(value.text)};
            break;
        }
        case RuleFieldType::Date: {
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (!date.isValid())
                throw RuleParseError{
                    value.position,
                    QStringLiteral("'%1' is not a date (YYYY-MM-DD)").arg(value.text)};
            c.number = static_cast<double>(date.toJulianDay());
            break;
        }
        case RuleFieldType::Boolean: {
            const QString word = text.toLower();
            if (word == u"yes" || word == u"true" || word == u"1")
                c.number = 1;
            else if (word == u"no" || word == u"false" || word == u"0")
                c.number = 0;
            else
                throw RuleParseError{value.position,
                                     QStringLiteral("'%1' is not yes or no").arg(value.text)};
            break;
        }
        case RuleFieldType::Text:
            if (text.isEmpty())
                throw RuleParseError{value.position, QStringLiteral("the value is empty")};
            c.text = text.toLower();
            break;
        }
    }

    static constexpr int kMaxDepth = 64;
    std::vector<RuleToken> m_tokens;
    std::size_t m_next = 0;
    int m_depth = 0;
};

} // namespace

RuleParse parseSegmentRule(const QString& text) {
    RuleParse result;
    try {
        if (text.trimmed().isEmpty())
            throw RuleParseError{1, QStringLiteral("the rule is empty")};
        result.rule = RuleParser(tokenizeRule(text)).parse();
    } catch (const RuleParseError& e) {
        result.position = e.position;
        result.error = QStringLiteral("position %1: %2").arg(e.position).arg(e.message);
    }
    return result;
}

} // namespace pvi
