//! Real sentences in six languages, exceptions, inputs and bad input.

use super::*;
use crate::Glossary;

fn checker() -> &'static Checker<'static> {
    embedded()
}

fn run(text: &str) -> Vec<Finding> {
    checker().check(text, &CheckOptions::default())
}

/// The findings that are not info, as (found text, level, replacement).
fn problems(text: &str) -> Vec<(String, Level, Option<String>)> {
    run(text)
        .into_iter()
        .filter(|f| f.level != Level::Info)
        .map(|f| (f.found, f.level, f.instead))
        .collect()
}

fn span_text<'a>(text: &'a str, f: &Finding) -> &'a str {
    &text[f.span.start..f.span.end]
}

#[test]
fn english_avoid_term_with_replacement_and_citation() {
    let text = "The police seized child pornography on the suspect's laptop.";
    let f = &run(text)[0];
    assert_eq!(span_text(text, f), "child pornography");
    assert_eq!((f.span.start, f.span.end), (18, 35));
    assert_eq!(f.level, Level::Avoid);
    assert_eq!(f.lang, "en");
    assert_eq!(f.concept.as_deref(), Some("child-sexual-abuse-material"));
    assert_eq!(f.instead.as_deref(), Some("child sexual abuse material"));
    assert!(f.why.as_deref().unwrap().contains("trivialises"));
    assert!(
        f.citations
            .iter()
            .any(|c| c.instrument == "luxembourg-guidelines-2016"
                && c.advice.as_deref() == Some("avoid"))
    );
}

#[test]
fn french_spanish_russian_chinese_arabic_avoid_terms() {
    let cases = [
        (
            "La pédopornographie en ligne progresse.",
            "pédopornographie",
            "matériel d'abus sexuels sur enfants",
        ),
        (
            "Se incautó pornografía infantil en el registro.",
            "pornografía infantil",
            "material de abuso sexual infantil",
        ),
        (
            "Полиция изъяла детская порнография.",
            "детская порнография",
            "материалы сексуального насилия над детьми",
        ),
        (
            "警方查获了大量儿童色情制品。",
            "儿童色情制品",
            "儿童性虐待材料",
        ),
        (
            "يجب مكافحة استغلال الأطفال في المواد الإباحية على الإنترنت.",
            "استغلال الأطفال في المواد الإباحية",
            "مواد الاعتداء الجنسي على الأطفال",
        ),
    ];
    for (text, found, instead) in cases {
        let p = problems(text);
        assert_eq!(p.len(), 1, "{text}: {p:?}");
        assert_eq!(p[0].0, found, "{text}");
        assert_eq!(p[0].1, Level::Avoid);
        assert_eq!(p[0].2.as_deref(), Some(instead), "{text}");
    }
}

#[test]
fn inflected_russian_french_and_spanish_forms_are_found() {
    let cases = [
        (
            "Борьба с детской порнографией в интернете.",
            "детской порнографией",
            "детская порнография",
            "ru",
        ),
        (
            "Распространение детской порнографии запрещено.",
            "детской порнографии",
            "детская порнография",
            "ru",
        ),
        (
            "Полиция задержала двух педофилов.",
            "педофилов",
            "педофил",
            "ru",
        ),
        (
            "Les pédophiles agissent souvent en ligne.",
            "pédophiles",
            "pédophile",
            "fr",
        ),
        (
            "Le tribunal a jugé deux délinquantes sexuelles juvéniles.",
            "délinquantes sexuelles juvéniles",
            "délinquant sexuel juvénile",
            "fr",
        ),
        (
            "Los pedófilos usan redes cifradas.",
            "pedófilos",
            "pedófilo",
            "es",
        ),
        (
            "Se detectaron agresores sexuales juveniles en la escuela.",
            "agresores sexuales juveniles",
            "agresor sexual juvenil",
            "es",
        ),
    ];
    for (text, found, term, lang) in cases {
        let f = run(text);
        let f = f
            .iter()
            .find(|f| f.level != Level::Info)
            .unwrap_or_else(|| panic!("{text}"));
        assert_eq!(
            (span_text(text, f), f.term.as_str(), f.lang.as_str()),
            (found, term, lang),
            "{text}"
        );
        assert_eq!(f.form.as_deref(), Some(found));
        assert!(f.instead.is_some());
    }
    // A form inside a longer term to avoid is that term's finding.
    let text = "Хранение детской порнографии наказуемо.";
    let f = &run(text)[0];
    assert_eq!(f.term, "хранение детской порнографии");
}

#[test]
fn chinese_is_found_without_spaces_with_exact_spans() {
    let text = "各国应将儿童色情制品定为犯罪";
    let f = &run(text)[0];
    assert_eq!((f.span.start, f.span.end), (12, 30));
    assert_eq!(
        (f.span.start_utf16, f.span.end_utf16, f.span.column),
        (4, 10, 5)
    );
}

#[test]
fn preferred_terms_are_never_flagged() {
    for text in [
        "Report child sexual abuse material to the hotline.",
        "Signalez le matériel d'abus sexuels sur enfants.",
        "Denuncie el material de abuso sexual infantil.",
        "Сообщайте о материалах сексуального насилия над детьми.",
        "举报儿童性虐待材料。",
        "أبلغ عن مواد الاعتداء الجنسي على الأطفال.",
    ] {
        assert!(problems(text).is_empty(), "{text}: {:?}", problems(text));
    }
}

#[test]
fn a_term_inside_a_longer_term_is_not_flagged_on_its_own() {
    // "child porn" is a term to avoid; inside "child pornography" only the longer term counts.
    let p = problems("child pornography");
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].0, "child pornography");
}

#[test]
fn instrument_titles_are_info_in_every_language() {
    let g = Glossary::embedded();
    let opsc = g.instrument("opsc").unwrap();
    for title in opsc.title.iter() {
        let text = format!("Voir : {}.", title.text);
        let findings = run(&text);
        assert!(
            findings.iter().all(|f| f.level == Level::Info),
            "{}: {findings:?}",
            title.lang
        );
        assert!(
            findings
                .iter()
                .any(|f| f.kind == FindingKind::InstrumentTitle
                    && f.instrument.as_deref() == Some("opsc")),
            "{}",
            title.lang
        );
    }
}

#[test]
fn a_legal_term_next_to_its_instrument_is_quoted_not_flagged() {
    let text = "Article 2(c) of the OPSC defines child pornography broadly.";
    let f = &run(text)[0];
    assert_eq!(
        (f.level, f.kind),
        (Level::Info, FindingKind::QuotedLegalTerm)
    );
    assert_eq!(f.instrument.as_deref(), Some("opsc"));
    assert!(
        f.citations
            .iter()
            .any(|c| c.provision.as_deref() == Some("art. 2(c)"))
    );
    // Strict: a quoted legal term is a finding like any other.
    let strict = CheckOptions {
        strict: true,
        ..CheckOptions::default()
    };
    assert_eq!(checker().check(text, &strict)[0].level, Level::Avoid);
    // The same term far from any mention of the instrument is a finding.
    assert_eq!(problems("Child pornography is a harmful phrase.").len(), 1);
}

#[test]
fn ignore_markers() {
    let text = "luxterm-ignore-next-line\nchild porn\nchild porn\n\n<!-- luxterm-ignore -->\nchild porn\nchild porn\n\nchild porn\n";
    let lines: Vec<usize> = run(text).iter().map(|f| f.span.line).collect();
    assert_eq!(lines, [3, 9]);
}

#[test]
fn ignore_markers_overlapping_and_at_the_end() {
    // Markers inside an ignored block, on the last line, and back to back.
    let text = "luxterm-ignore\nchild porn luxterm-ignore-next-line\nchild porn\nchild porn\n\nchild porn\nluxterm-ignore-next-line";
    let lines: Vec<usize> = run(text).iter().map(|f| f.span.line).collect();
    assert_eq!(lines, [6]);
    assert!(run("luxterm-ignore").is_empty());
    assert_eq!(run("child porn\nluxterm-ignore\n\n\n").len(), 1);
}

#[test]
fn long_paragraphs_of_hits_and_markers_are_checked_in_linear_time() {
    // Untrusted text (a moderation tool's input) must not make the checker quadratic: one
    // paragraph of 40,000 legal terms next to mentions of their instrument, and 20,000 ignore
    // markers in one block. Before the windowed look-ups these took minutes; now a fraction of a
    // second even unoptimised (the test does not time them: a regression shows as a hang).
    let para = "child pornography (OPSC) ".repeat(40_000);
    let findings = run(&para);
    assert_eq!(findings.len(), 40_000);
    assert!(
        findings
            .iter()
            .all(|f| f.kind == FindingKind::QuotedLegalTerm)
    );
    let markers = "child porn luxterm-ignore-next-line ".repeat(20_000);
    let findings = run(&markers);
    assert_eq!(findings.len(), 20_000);
}

#[test]
fn language_choice_and_detection() {
    // "pornografia infantil" is Portuguese and (without accent) Spanish: function words decide.
    let es = run("La pornografia infantil es un delito.");
    assert_eq!(es[0].lang, "es");
    let fr_only = CheckOptions {
        lang: Some("fr".into()),
        ..CheckOptions::default()
    };
    assert!(checker().check("child porn", &fr_only).is_empty());
    let en = CheckOptions {
        lang: Some("en-GB".into()),
        ..CheckOptions::default()
    };
    assert_eq!(checker().check("child porn", &en).len(), 1);
}

#[test]
fn lines_columns_and_utf16_offsets() {
    let text = "Première ligne 😀\n  et la pédopornographie.";
    let f = &run(text)[0];
    assert_eq!((f.span.line, f.span.column), (2, 9));
    let before = &text[..f.span.start];
    assert_eq!(f.span.start_utf16, before.encode_utf16().count());
    assert_eq!(
        f.span.end_utf16 - f.span.start_utf16,
        "pédopornographie".encode_utf16().count()
    );
}

#[test]
fn bad_text_input() {
    assert!(run("").is_empty());
    assert!(run("\u{202E}\u{200B}\n\n\n").is_empty());
    // Bidi controls and zero-width characters inside a word do not hide it.
    let text = "child\u{200B} porno\u{202E}graphy";
    assert_eq!(span_text(text, &run(text)[0]), text);
    // Mixed scripts inside one word are not a match (a Cyrillic "о" in a Latin word).
    assert!(run("child pоrnography").is_empty());
    assert_eq!(
        input::text(b"\xFF"),
        Err(InputError::InvalidUtf8 { offset: 0 })
    );
}

#[test]
fn large_input_is_linear_and_exact() {
    let unit = "Le rapport sur la pédopornographie.\nThe child sexual abuse material.\n\n";
    let text = unit.repeat(20_000);
    let findings = run(&text);
    assert_eq!(findings.len(), 20_000);
    assert_eq!(findings[19_999].span.line, 3 * 19_999 + 1);
}

#[test]
fn translation_consistency() {
    let doc = Document::translation(
        ("en", "Child sexual abuse material online."),
        ("fr", "La pédopornographie en ligne."),
    );
    let f = checker().check_document(&doc, &CheckOptions::default());
    // The avoided equivalent is itself the finding; nothing is missing.
    assert_eq!(f.len(), 1);
    assert_eq!((f[0].level, f[0].kind), (Level::Avoid, FindingKind::Term));
    let doc = Document::translation(
        ("en", "Child sexual abuse material online."),
        ("fr", "Le matériel d'abus sexuels sur enfants en ligne."),
    );
    assert!(
        checker()
            .check_document(&doc, &CheckOptions::default())
            .is_empty()
    );
}

#[cfg(feature = "markdown")]
#[test]
fn markdown_skips_code_and_urls() {
    let md = "# Report\n\nWe found `child porn` in code and [a link](https://x.org/child-porn).\n\n```\nchild porn\n```\n\nBut **child** pornography here.\n";
    let doc = input::markdown(md);
    let f = checker().check_document(&doc, &CheckOptions::default());
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(&md[f[0].span.start..f[0].span.end], "child** pornography");
    assert_eq!(f[0].span.line, 9);
}

#[cfg(feature = "xliff")]
#[test]
fn xliff_refuses_dtds_and_undefined_entities() {
    let xxe = r#"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff version="1.2"><file><body><trans-unit id="1"><source>&e;</source></trans-unit></body></file></xliff>"#;
    assert!(matches!(input::xliff(xxe), Err(InputError::Dtd { .. })));
    let bomb = format!(
        "<!DOCTYPE x [<!ENTITY a \"aaaa\">{}]><xliff version=\"2.0\"/>",
        (b'b'..=b'j')
            .map(|c| format!(
                "<!ENTITY {} \"&{};&{};&{};\">",
                c as char,
                (c - 1) as char,
                (c - 1) as char,
                (c - 1) as char
            ))
            .collect::<String>()
    );
    assert!(matches!(input::xliff(&bomb), Err(InputError::Dtd { .. })));
    let undefined = r#"<xliff version="2.0"><file id="f"><unit id="1"><segment><source>&e;</source></segment></unit></file></xliff>"#;
    assert!(matches!(
        input::xliff(undefined),
        Err(InputError::Xml { .. })
    ));
    assert!(matches!(
        input::xliff("<html/>"),
        Err(InputError::NotXliff(_))
    ));
    assert!(matches!(
        input::xliff("<xliff version=\"2.0\"><a></b></xliff>"),
        Err(InputError::Xml { .. })
    ));
    // A truncated file is not read as far as it goes: quick-xml ends it quietly, the reader not.
    let truncated = "<xliff version=\"2.0\" srcLang=\"en\" trgLang=\"fr\"><file id=\"f\"><unit id=\"u\"><segment><source>child porn";
    match input::xliff(truncated) {
        Err(InputError::Xml { message, .. }) => {
            assert!(message.contains("still open"), "{message}")
        }
        other => panic!("a truncated XLIFF file was read: {other:?}"),
    }
}

#[cfg(feature = "xliff")]
#[test]
fn xliff_1_2_targets_in_the_target_language() {
    let x = r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="a.txt" source-language="en" target-language="es" datatype="plaintext">
    <body>
      <trans-unit id="1"><source>Child pornography &amp; the law.</source><target>La pornografía infantil &amp; la ley.</target></trans-unit>
      <trans-unit id="2"><source>Child sexual abuse material.</source><target>Otro <g id="1">texto</g>.</target></trans-unit>
    </body>
  </file>
</xliff>"#;
    let doc = input::xliff(x).unwrap();
    let f = checker().check_document(&doc, &CheckOptions::default());
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(&x[f[0].span.start..f[0].span.end], "pornografía infantil");
    assert_eq!(f[0].location.as_ref().unwrap().unit.as_deref(), Some("1"));
    assert_eq!(f[1].kind, FindingKind::MissingEquivalent);
    assert_eq!(
        f[1].instead.as_deref(),
        Some("material de abuso sexual infantil")
    );
}

#[cfg(feature = "docx")]
mod docx {
    use super::*;
    use std::io::Write;

    fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut out = std::io::Cursor::new(Vec::new());
        let mut w = ::zip::ZipWriter::new(&mut out);
        let opts = ::zip::write::SimpleFileOptions::default()
            .compression_method(::zip::CompressionMethod::Deflated);
        for (name, data) in entries {
            w.start_file(*name, opts).unwrap();
            w.write_all(data).unwrap();
        }
        w.finish().unwrap();
        out.into_inner()
    }

    const DOC: &str = r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>The child </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>porno</w:t></w:r><w:r><w:t>graphy case.</w:t></w:r><w:del><w:r><w:delText>child porn</w:delText></w:r></w:del></w:p></w:body></w:document>"#;

    #[test]
    fn runs_are_joined() {
        let bytes = zip(&[("word/document.xml", DOC.as_bytes())]);
        let doc = input::docx(&bytes).unwrap();
        let f = checker().check_document(&doc, &CheckOptions::default());
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].found, "child pornography");
        assert_eq!(f[0].location.as_ref().unwrap().paragraph, Some(1));
    }

    #[test]
    fn not_a_zip_not_a_docx() {
        assert!(matches!(input::docx(b""), Err(InputError::NotZip(_))));
        assert!(matches!(
            input::docx(b"PK\x03\x04garbage"),
            Err(InputError::NotZip(_))
        ));
        let bytes = zip(&[("hello.txt", b"x")]);
        assert_eq!(input::docx(&bytes), Err(InputError::NotDocx));
    }

    #[test]
    fn zip_bomb_is_refused() {
        let big = vec![b' '; (input::MAX_PART + 1) as usize];
        let bytes = zip(&[("word/document.xml", &big)]);
        assert!(bytes.len() < 1 << 20, "compresses well");
        assert!(matches!(
            input::docx(&bytes),
            Err(InputError::TooLarge { .. })
        ));
    }

    #[test]
    fn external_relationships_are_refused_hyperlinks_are_not() {
        let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://evil.example/t.dotm" TargetMode="External"/></Relationships>"#;
        let bytes = zip(&[
            ("word/_rels/document.xml.rels", rels.as_bytes()),
            ("word/document.xml", DOC.as_bytes()),
        ]);
        assert!(matches!(
            input::docx(&bytes),
            Err(InputError::ExternalRelationship { .. })
        ));
        let link = rels.replace("attachedTemplate", "hyperlink");
        let bytes = zip(&[
            ("word/_rels/document.xml.rels", link.as_bytes()),
            ("word/document.xml", DOC.as_bytes()),
        ]);
        assert!(input::docx(&bytes).is_ok());
    }

    #[test]
    fn dtd_in_a_part_is_refused() {
        let xxe = format!("<!DOCTYPE w [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>{DOC}");
        let bytes = zip(&[("word/document.xml", xxe.as_bytes())]);
        assert!(matches!(input::docx(&bytes), Err(InputError::Dtd { .. })));
    }
}
