/// Heuristic data for main-text extraction, kept apart from the logic that uses it (ContentExtractor).
/// Lists are lower case. Change a list, then rerun `blotter eval extract` on the three dev sets.
enum ExtractionHints {
    /// Elements never read into the tree: code, styling, embedded media and form controls.
    static let droppedTags: Set<String> = [
        "script", "style", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "video", "audio", "source", "track", "map", "select", "option", "textarea", "input", "button",
        "base", "frame", "frameset", "dialog",
    ]

    /// `<noscript>` fallbacks are usually tracking pixels or "enable JavaScript" notes; some CMSs (Blogger)
    /// put the whole post there. Skipped on the first, strict attempt only.
    static let strictOnlyTags: Set<String> = ["noscript"]

    /// Elements that are boilerplate wherever they stand (unless they hold the article itself).
    static let boilerplateTags: Set<String> = ["nav", "footer", "aside", "form", "menu", "header", "figcaption"]

    /// Elements that start a new text block.
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
        "dd", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "figure",
        "header", "footer", "address", "hr", "center", "details", "summary", "body", "html", "fieldset", "legend",
    ]

    static let headingTags: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Elements the main-region descent never enters, however much of the prose one holds: a paragraph or a
    /// quotation is part of an article, not its container. Tune halves (dragnet / cleaneval) 0.8997 / 0.8885 →
    /// 0.9024 / 0.8901 (`p` alone 0.9019 / 0.8901; lists and spans too: no better).
    static let paragraphLevelTags: Set<String> = ["p", "blockquote"]

    /// Elements whose text counts as a paragraph when scoring candidate containers.
    static let paragraphTags: Set<String> = ["p", "pre", "blockquote", "li", "td", "h2", "h3", "h4", "dd"]

    /// class / id / role tokens (split on anything not a letter or digit) that mark boilerplate. "caption" stays:
    /// keeping captions raised the readability and dragnet tune halves (0.9708 → 0.9724, 0.9026 → 0.9043) but
    /// put photo captions' names into the police-news entity gates (world people+forces+operations 0.8766 →
    /// 0.8707), quality/TUNING.md session 8.
    static let boilerplateTokens: Set<String> = [
        "nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "header", "masthead",
        "footer", "sidebar", "aside", "comment", "comments", "commentlist", "disqus",
        "related", "recommended", "recommendations", "trending", "popular", "share", "sharing", "social",
        "sociallinks", "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription",
        "signup", "advert", "advertisement", "ads", "ad", "adsense", "sponsor", "sponsored", "promo", "promotion",
        "pagination", "pager", "tags", "tagcloud", "taglist", "byline", "author", "authorbox", "bio", "meta",
        "banner", "alert", "notice", "toolbar", "skip", "hidden", "modal", "popup", "overlay", "outbrain",
        "taboola", "print", "caption", "credit", "copyright", "login", "search", "timestamp",
        "othernews", "morenews", "readmore", "more", "contentinfo", "complementary", "dialog", "rss", "jump", "toc",
        "vjs", "cta", "hubspot",
    ]

    /// Substrings of a class or id that mark boilerplate even inside a longer token ("post-sharebar").
    static let boilerplateSubstrings: [String] = [
        "comment", "share", "social", "cookie", "newsletter", "subscribe", "related", "sidebar", "breadcrumb",
        "advert", "promo", "sponsor", "footer", "navbar", "menu", "banner", "popup", "paywall", "outbrain",
        "taboola", "recirc", "most-read", "mostread", "trending", "disclosure", "disclaimer", "jwplayer", "video-player",
        "videoplayer",
    ]

    /// Substrings of a class or id that name a list of other stories: boilerplate even beside a content token
    /// ("content-module latest-news", "blog-listing-section").
    static let storyListSubstrings: [String] = [
        "latest-news", "latest-posts", "latest-articles", "latest-stories", "recent-posts", "recent-news",
        "recent-articles", "more-stories", "blog-list", "post-list", "posts-list",
    ]

    /// Beginnings of the class names WordPress's `post_class` makes from a story's categories and tags
    /// ("type-post category-crime tag-social-media"); they are ignored when classifying, or a story tagged
    /// "social care" or "share prices" is strong boilerplate by its own `<article>`.
    static let taxonomyClassPrefixes: [String] = ["tag-", "category-"]

    /// Whole class names of CSS utilities that hide an element (Bootstrap, Tailwind, WordPress).
    static let hidingClasses: Set<String> = ["hide", "hidden", "is-hidden", "u-hidden", "d-none", "invisible",
                                             "visually-hidden", "sr-only", "screen-reader-text"]
    /// Parts of class names beside a hiding class that mean the text is shown on demand: an accordion's answer.
    static let revealedHiddenHints: [String] = ["accordion", "collapse", "faq", "answer", "toggle"]

    /// Tokens that name a reader discussion ("comment-list", "disqus_thread"): out at every cleaning level but
    /// the last resort. "commented" (a state) and "commentary" (an opinion column) are not among them.
    static let discussionTokens: Set<String> = ["comment", "comments", "commentlist", "commentslist", "disqus"]

    /// Tokens that keep an element even if another token looks like boilerplate ("article-body comments-on").
    static let contentTokens: Set<String> = [
        "article", "articlebody", "content", "entry", "entrycontent", "post", "postbody",
        "story", "storybody", "main", "body", "text", "blog", "hentry",
    ]

    /// class / id values of common CMS containers of the article body (joined tokens, lower case).
    static let bodyContainerHints: [String] = [
        "articlebody", "article-body", "article__body", "article-content", "articlecontent", "article-text",
        "entry-content", "post-content", "postcontent", "post-body", "story-body", "storybody", "story-content",
        "field-name-body", "field--name-body", "td-post-content", "c-entry-content", "rich-text", "article__content",
        "content-body", "body-text", "news-content", "main-content", "article-main",
    ]

    /// Whole blocks that are boilerplate by their words, compared lower case after trimming.
    static let boilerplateBlocks: Set<String> = [
        "leave a comment", "leave a reply", "share this", "share this article", "share", "share on facebook",
        "share on twitter", "tweet", "email", "print", "more news", "in other news", "related", "related articles",
        "related stories", "read more", "advertisement", "comments", "sign up", "subscribe", "follow us",
        "you may also like", "most read", "most popular", "recommended", "click here", "back to top", "top stories",
        "related content", "more stories", "continue reading", "skip to content", "skip to main content",
        "table of contents", "contents", "show caption", "hide caption", "check out next", "you might also like",
        "you may be interested in the following topics as well", "edited by", "reviewed by", "written by",
        "fact checked by", "fact-checked by", "medically reviewed by", "on this page", "in this article",
        "recommended reading",
    ]

    /// Blocks that open the comments or the reading list after an article: they and everything after them
    /// are dropped (compared lower case, trailing punctuation and counts removed).
    static let endOfArticleBlocks: Set<String> = [
        "discussion about this post", "comments", "leave a comment", "leave a reply", "join the conversation",
        "join the discussion", "post a comment", "reader comments", "what do you think", "show comments",
        "view comments", "add a comment", "most read", "most popular", "read next", "more from", "related articles",
        "related stories", "you may also like", "recommended for you", "in other news", "more news", "more stories",
        "you might also like", "if you liked this post you might also like", "related posts", "related reading",
        "popular posts", "recent posts", "latest posts", "trending now", "editors picks", "more to explore",
        "keep reading", "more from this author",
    ]

    /// Block prefixes that are boilerplate ("Share this story on…", "Sign up for…").
    static let boilerplatePrefixes: [String] = [
        "we are currently experiencing", "sign up for", "subscribe to", "share this", "follow us on",
        "click here to", "copyright ©", "© ", "all rights reserved", "this article was originally",
        "read more:", "related:", "see also:", "advertisement", "we use cookies", "this website uses cookies",
        "by continuing to use", "accept cookies", "image:", "photo:", "picture:", "image copyright",
    ]

    /// Phrases that mark a block of up to `TextAssembler.disclosureCheckBytes` as a disclosure, disclaimer or
    /// social-media plea wherever they stand in it (lower case): "NOW Grenada is not responsible for the opinions…",
    /// "Follow The Gleaner on Twitter…", "We may receive compensation when you click…".
    static let disclosurePhrases: [String] = [
        "is not responsible for the opinions", "may receive compensation", "may earn a commission",
        "may earn an affiliate commission", "contains affiliate links", "may earn a small commission",
        "through affiliate links", "reader-supported publication", "contains references to products",
        "advertiser disclosure", "advertising policy", "on twitter and instagram", "on facebook and twitter",
        "on twitter and facebook", "send us a message on whatsapp", "sign up for our newsletter",
        "delivered to your inbox", "delivered right to your inbox", "straight to your inbox",
        // Reader-funding appeals under news stories.
        "consider supporting", "support our journalism", "supporting our journalism", "support independent journalism",
        "support our mission", "made it to the bottom of this article", "a small favor to ask", "a small favour to ask",
        "pitching in what you can", "republish our articles", "donate now", "donate today",
        // Paywalls: the notice that stands where the rest of a story would be.
        "already have an account?", "already a subscriber?", "to read the rest of this", "unlock this article",
        "exclusive to subscribers", "subscribe to continue reading", "subscribe to read the full", "log in to continue reading",
        "this article is exclusive to",
    ]

    /// Prefixes that mark boilerplate only in short blocks (under `TextAssembler.phraseCheckBytes`): subscription
    /// walls, app and newsletter promotions, feedback requests, CMS labels. A long paragraph may well start
    /// "Download the…".
    static let shortBoilerplatePrefixes: [String] = [
        "to view the full story", "subscribe now", "first-time subscribers", "if you're seeing this message",
        "if you’re seeing this message", "for the latest stories", "download the", "follow the ", "follow us",
        "submit your letter", "never miss the latest", "sign up to", "want to hear what you think",
        "we want to hear what you think", "do you want to be informed", "explore further", "tagged:", "credit:",
        "release date:", "last modified:", "is not responsible for the opinions", "we recommend the best products",
        "(credit:", "(photo:", "(image:", "(picture:", "tags:", "was this article helpful", "did you find the article helpful",
        "did you find this article helpful", "was this helpful", "was this page helpful", "our standards:",
    ]
}
