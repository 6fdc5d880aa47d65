package io.presskit.document;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines a Chinese or English release marks its parts with. Each pattern matches a whole line (or its
 * start, where said), case-insensitively for English.
 */
final class Markers {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    static final Pattern LABEL = Pattern.compile(
            "(新聞稿|新闻稿|新聞公報|新聞發佈|新聞發布|新聞通稿|(press|media|news)\\s+release|press\\s+statement|media\\s+statement)\\s*[:：]?", CI);

    static final Pattern IMMEDIATE = Pattern.compile(
            "[\\[【(（]?\\s*(即時發布|即時發佈|即时发布|即時發放|即時發表|(for\\s+)?immediate\\s+release|for\\s+release\\s+immediately)"
                    + "\\s*[\\]】)）]?\\s*[:：.。]?", CI);

    /** The start of an embargo line; the rest of the line holds the date, time and zone. */
    static final Pattern EMBARGO = Pattern.compile(
            "[\\[【(（]?\\s*(禁止發布|禁止發佈|禁止发布|嚴禁發布|嚴禁|禁發|新聞稿禁止發布|under\\s+embargo|embargoed|embargo|"
                    + "hold\\s+for\\s+release|not\\s+for\\s+(release|publication|broadcast)\\s+(before|until)).*", CI);

    static final Pattern END_MARK = Pattern.compile(
            "(#\\s*#\\s*#|[-－–—]*\\s*完\\s*[-－–—]*|[【(（]完[】)）]|[-–—]*\\s*ends?\\s*[-–—]*|\\*\\s*\\*\\s*\\*)", CI);

    /** Page furniture a PDF leaves in its text: page numbers, "continued" marks. */
    static final Pattern PAGE_FURNITURE = Pattern.compile(
            "(page\\s+\\d+(\\s+of\\s+\\d+)?|第\\s*\\d+\\s*[頁页](\\s*[，,]?\\s*共\\s*\\d+\\s*[頁页])?|[-–—]?\\s*\\d{1,3}\\s*[-–—]?"
                    + "|\\d{1,3}\\s*/\\s*\\d{1,3}|[-–—]+\\s*more\\s*[-–—]+|more|[（(]\\s*續\\s*[)）]|/\\s*續|（?下頁續）?|p\\.\\s*\\d+)", CI);

    /** The heading a kit prints over its photos: the photos are numbered by their captions, so it is not imported. */
    static final Pattern KIT_HEADING = Pattern.compile("(相片|圖片|照片|photos|photographs|pictures)\\s*[:：]?", CI);

    /** A bullet at the start of a line: the text follows in group "text". */
    static final Pattern BULLET = Pattern.compile(
            "([-–—•·●▪■◆◇○*・►✓✔]|\\d{1,2}[.)、]|[（(]\\d{1,2}[)）])\\s*(?<text>\\S.*)");

    /** 圖一：… / Photo 1: … ; the caption follows in group "text". */
    static final Pattern CAPTION = Pattern.compile(
            "((圖|图|相片|照片)\\s*(?<zh>[一二三四五六七八九十百零〇\\d]+)\\s*[：:．.、]|"
                    + "(photo|picture|image|fig\\.?|figure|caption)\\s*(?<en>\\d+)\\s*[:.：–—-])\\s*(?<text>.*)", CI);

    /** A credit on its own line after a caption. */
    static final Pattern CREDIT_LINE = Pattern.compile(
            "(圖片來源|图片来源|圖片提供|相片來源|相片提供|攝影|摄影|photo\\s+credits?|photo\\s+by|credits?|image\\s+credit|"
                    + "photo\\s+courtesy(\\s+of)?|courtesy(\\s+of)?|©)\\s*[:：]?\\s*(?<credit>\\S.*)", CI);

    /** A credit in brackets at the end of a caption: "(Photo: Jane Doe)", "（圖片來源：香港科技園公司）". */
    static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?<caption>.*?)\\s*[(（\\[【]\\s*(圖片來源|图片来源|圖片提供|相片來源|相片提供|攝影|摄影|來源|photo\\s+credits?|photo\\s+by|"
                    + "photo(graph)?|credits?|image|picture|courtesy(\\s+of)?|source|©)\\s*[:：]?\\s*(?<credit>[^()（）\\[\\]【】]+?)\\s*"
                    + "[)）\\]】]\\s*[。.]?", CI);

    /** 關於… / About … / Notes to editors: an "About" section's title. */
    static final Pattern ABOUT = Pattern.compile(
            "((關於|关于)\\s*(?<zh>[^。！？!?]{1,40}?)|about\\s+(?<en>[^.!?]{1,80}?)|(notes?\\s+to\\s+editors?|editor'?s'?\\s+notes?|"
                    + "編輯垂注|編輯備註|编辑垂注))\\s*[:：]?", CI);

    private static final String CONTACTS_KEY = "(傳媒查詢|传媒查询|傳媒垂詢|媒體查詢|媒体查询|新聞界查詢|傳媒聯絡|傳媒聯繫|查詢|"
            + "(media|press|news)\\s+(enquiries|inquiries|contacts?|relations)|for\\s+(further|more)\\s+information|"
            + "for\\s+(media|press)\\s+(enquiries|inquiries)|contacts?|investor\\s+contacts?)";
    /** 傳媒查詢，請聯絡 / Media enquiries: a whole line, no colon. */
    static final Pattern CONTACTS_HEADING = Pattern.compile(CONTACTS_KEY + "[^:：。.]{0,30}", CI);
    /** 傳媒查詢：… / Media contact: Jane Doe …: the heading up to its colon, then a contact written inline. */
    static final Pattern CONTACTS_HEADING_INLINE = Pattern.compile(
            "(?<heading>" + CONTACTS_KEY + "[^:：。.]{0,30}?[:：])\\s*(?<rest>.*)", CI);

    static final Pattern PHONE_LABEL = Pattern.compile(
            "(電話號碼|聯絡電話|手提電話|辦公室電話|流動電話|電話|手提|手機|直線|tel(ephone)?|phone|mobile|mob|cell|office|direct(\\s+line)?|[tmp])"
                    + "\\s*[.:：]\\s*(?<value>.+)", CI);
    static final Pattern FAX_LABEL = Pattern.compile("(傳真|fax)\\s*[.:：]\\s*(?<value>.+)", CI);
    static final Pattern EMAIL_LABEL = Pattern.compile(
            "(電郵地址|電子郵件|電子郵箱|電郵|郵箱|e-?mail|mail|e)\\s*[.:：]\\s*(?<value>.+)", CI);
    static final Pattern NAME_LABEL = Pattern.compile("(姓名|聯絡人|name|contact(\\s+person)?)\\s*[:：]\\s*(?<value>.+)", CI);
    static final Pattern ORG_LABEL = Pattern.compile(
            "(機構|公司|單位|organi[sz]ation|company|agency)\\s*[:：]\\s*(?<value>.+)", CI);

    /** Finds email addresses in running text (what is stored is checked by ReleaseRules, not here). */
    static final Pattern EMAIL_IN_TEXT = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,63}");

    private static final Pattern ORGANISATION_WORDS = Pattern.compile(
            ".*(公司|集團|集团|有限|大學|大学|學院|学院|協會|协会|基金|政府|署|局|處|部|委員會|中心|醫院|銀行|顧問|公關|傳訊|機構|協進會|商會|"
                    + "\\b(ltd|limited|inc|corp|corporation|company|co\\.|group|university|college|agency|pr|communications|"
                    + "association|foundation|llc|llp|gmbh|plc|council|department|office|bureau|partners|consulting|"
                    + "public relations|media|institute|society|bank|hospital|authority|commission|trust|holdings|robotics|"
                    + "technologies|technology|systems|labs?|solutions|industries|ventures|capital|networks|energy|motors|"
                    + "airlines?|pharmaceuticals?|studios?|international|global|services|software|digital|news|"
                    + "magazine|museum|school|academy|hotels?|resorts?|properties|securities|insurance|logistics|foods|"
                    + "brands|retail|airport|railway|ministry|embassy|consulate|orchestra|theatre|festival)\\b).*", CI);

    private static final Pattern CHINESE_NAME = Pattern.compile(
            "\\p{IsHan}{2,4}(\\s*(先生|小姐|女士|博士|教授|太太))?");
    private static final Pattern LATIN_NAME = Pattern.compile(
            "(Mr\\.?|Ms\\.?|Mrs\\.?|Dr\\.?|Prof\\.?\\s+)?\\p{Lu}[\\p{L}'’.-]*(\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}");

    private Markers() {
    }

    static boolean whole(Pattern p, String line) {
        return p.matcher(line.strip()).matches();
    }

    static Optional<Matcher> match(Pattern p, String line) {
        Matcher m = p.matcher(line.strip());
        return m.matches() ? Optional.of(m) : Optional.empty();
    }

    static boolean isPhoneLike(String s) {
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if ("+ ()-./,;、ext#x".indexOf(c) < 0 && c != '\u00A0' && c != '–') {
                return false;
            }
        }
        return digits >= 7;
    }

    static boolean looksLikeOrganisation(String s) {
        return ORGANISATION_WORDS.matcher(s).matches();
    }

    static boolean looksLikePersonName(String s) {
        String t = s.strip();
        return CHINESE_NAME.matcher(t).matches() || LATIN_NAME.matcher(t).matches() && t.length() <= 40;
    }

    /** Chinese numerals of photo numbers (一 … 九十九) and Arabic digits to an int, or -1. */
    static int photoNumber(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        String digits = "〇一二三四五六七八九";
        int value = 0;
        int current = 0;
        for (char c : s.toCharArray()) {
            int d = digits.indexOf(c);
            if (c == '零') {
                d = 0;
            }
            if (d >= 0) {
                current = d;
            } else if (c == '十') {
                value += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                value += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else {
                return -1;
            }
        }
        return value + current;
    }
}
