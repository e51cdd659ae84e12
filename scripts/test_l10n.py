"""Tests of scripts/l10n.py: the locale check and the en-XA pseudo-locale generator.

Each test builds a small `locales/` tree in a temporary directory and runs the tool's
`main` on it, as `make l10n-check` and `make l10n-pseudo` do.

Run: python3 -m unittest discover -s scripts -p 'test_*.py'
"""

import contextlib
import io
import re
import tempfile
import textwrap
import unittest
from pathlib import Path

import l10n
from fluent.syntax import FluentParser, Visitor, ast
from fluent.syntax.serializer import serialize_expression, serialize_variant_key

ENGLISH = {
    "core.ftl": """\
        ### Core: terms and messages shared by every area.

        # The product name, used inside other messages.
        -brand = Gemenskap

        # Shown in the header next to the logo. No variables.
        core-welcome = Welcome to { -brand }
        """,
    "feed.ftl": """\
        ### Feed: the stream of posts on the start page.

        # Shown under each post.
        # Variables:
        #   $count (Number) - how many comments the post has
        #   $author (String) - who wrote the latest comment
        feed-comment-count = { $count ->
            [one] One comment by { $author }
           *[other] { $count } comments, latest by { $author }
        }
            .title = Comments on this post

        # Button that opens a post. Variables: $date (Date) - when it was posted.
        feed-open =
            .label = Open
            .aria-label = Open the post from { DATETIME($date, month: "long") }

        # Heading of the feed page. Variables: $name (String) - the reader's first name.
        feed-heading = Good morning, { $name }! Here is what's new.
        """,
}

SWEDISH = {
    "core.ftl": """\
        -brand = Gemenskap
        core-welcome = Välkommen till { -brand }
        """,
    "feed.ftl": """\
        feed-comment-count = { $count ->
            [one] En kommentar av { $author }
           *[other] { $count } kommentarer, senast av { $author }
        }
            .title = Kommentarer på inlägget
        feed-open =
            .label = Öppna
            .aria-label = Öppna inlägget från { DATETIME($date, month: "long") }
        feed-heading = God morgon, { $name }! Det här är nytt.
        """,
}


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        status = l10n.main(list(argv))
    return status, out.getvalue()


class _Variables(Visitor):
    def __init__(self) -> None:
        self.names: list[str] = []

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.append(node.id.name)


def placeables(resource: ast.Resource) -> list[str]:
    """Every placeable of every message and term, serialised, in order of appearance."""
    found: list[str] = []

    class Collect(Visitor):
        def visit_Placeable(self, node: ast.Placeable) -> None:
            expression = node.expression
            if isinstance(expression, ast.SelectExpression):
                found.append(f"select on {serialize_expression(expression.selector)}")
                for variant in expression.variants:
                    found.append(f"variant {serialize_variant_key(variant.key)} default={variant.default}")
                    self.visit(variant.value)
            else:
                found.append(serialize_expression(expression))

    Collect().visit(resource)
    return found


class LocaleTreeTestCase(unittest.TestCase):
    """Gives each test a repository root with a `locales/` tree it can write into."""

    def setUp(self) -> None:
        self._tmp = tempfile.TemporaryDirectory()
        self.root = Path(self._tmp.name)
        self.write_locale("en", ENGLISH)
        self.write_locale("sv", SWEDISH)

    def tearDown(self) -> None:
        self._tmp.cleanup()

    def write_locale(self, lang: str, files: dict[str, str]) -> None:
        directory = self.root / "locales" / lang
        directory.mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            (directory / name).write_text(textwrap.dedent(text), encoding="utf-8")

    def edit_swedish(self, name: str, old: str, new: str) -> None:
        self.edit("sv", name, old, new)

    def edit(self, lang: str, name: str, old: str, new: str) -> None:
        path = self.root / "locales" / lang / name
        text = path.read_text(encoding="utf-8")
        self.assertIn(old, text, "the test's edit must apply")
        path.write_text(text.replace(old, new), encoding="utf-8")

    def generate_pseudo(self) -> None:
        status, output = run("pseudo", "--root", str(self.root))
        self.assertEqual(status, 0, output)

    def check(self) -> tuple[int, str]:
        return run("check", "--root", str(self.root))

    def pseudo_file(self, name: str) -> str:
        return (self.root / "locales" / "en-XA" / name).read_text(encoding="utf-8")

    def summary_line(self, output: str, lang: str) -> str:
        lines = [line for line in output.splitlines() if line.startswith(lang + " ")]
        self.assertTrue(lines, f"no summary line for {lang} in:\n{output}")
        return lines[-1]


class CheckTests(LocaleTreeTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.generate_pseudo()

    def test_a_complete_locale_passes_with_exit_status_0(self) -> None:
        status, output = self.check()
        self.assertEqual(status, 0, output)
        self.assertIn("sv   100.0%  (5/5)  missing 0  obsolete 0  variable mismatches 0  errors 0", output)
        self.assertIn("en-XA 100.0%  (5/5)", output)

    def test_reports_a_message_missing_from_a_locale(self) -> None:
        self.edit_swedish("feed.ftl", "feed-heading = God morgon, { $name }! Det här är nytt.\n", "")
        status, output = self.check()
        self.assertEqual(status, 1)
        self.assertRegex(output, r"== sv ==\n  feed\.ftl\n    feed-heading\n      - missing \(English: feed\.ftl")
        self.assertIn("sv    80.0%  (4/5)  missing 1  obsolete 0", output)

    def test_reports_an_obsolete_message(self) -> None:
        self.edit_swedish("core.ftl", "-brand = Gemenskap\n", "-brand = Gemenskap\ncore-goodbye = Hej då\n")
        status, output = self.check()
        self.assertEqual(status, 1)
        self.assertRegex(output, r"core\.ftl\n    core-goodbye\n      - line 2: obsolete, not in English")
        self.assertIn("obsolete 1", self.summary_line(output, "sv"))

    def test_reports_a_variable_mismatch(self) -> None:
        self.edit_swedish("feed.ftl", "God morgon, { $name }!", "God morgon, { $first }!")
        status, output = self.check()
        self.assertEqual(status, 1)
        self.assertIn("feed-heading\n      - line 9: variables differ from English: missing $name; not in English $first",
                      output)
        self.assertIn("variable mismatches 1", self.summary_line(output, "sv"))

    def test_reports_a_variable_mismatch_inside_a_selector_variant(self) -> None:
        self.edit_swedish("feed.ftl", "[one] En kommentar av { $author }", "[one] En kommentar av { $writer }")
        status, output = self.check()
        self.assertEqual(status, 1)
        self.assertIn("feed-comment-count\n      - line 1: variables differ from English: not in English $writer",
                      output)

    def test_reports_a_variable_missing_from_the_selector_itself(self) -> None:
        self.edit_swedish("feed.ftl", "{ $count ->", "{ $n ->")
        self.edit_swedish("feed.ftl", "*[other] { $count }", "*[other] { $n }")
        status, output = self.check()
        self.assertEqual(status, 1)
        self.assertIn("variables differ from English: missing $count; not in English $n", output)

    def test_reports_a_syntax_error_with_file_and_line(self) -> None:
        self.edit_swedish("feed.ftl", "feed-heading = God morgon", "feed-heading God morgon")
        status, output = self.check()
        self.assertEqual(status, 1)
        self.assertRegex(output, r"== sv ==\n  feed\.ftl\n    line 9: syntax error E0003: Expected token: \"=\"")
        self.assertIn("ignored: `feed-heading God morgon", output)
        self.assertIn("errors 1", self.summary_line(output, "sv"))

    def test_reports_a_syntax_error_in_english(self) -> None:
        self.write_locale("en", {"feed.ftl": ENGLISH["feed.ftl"] + "feed-broken = { $x\n"})
        status, output = self.check()
        self.assertEqual(status, 1)
        self.assertRegex(output, r"== en ==\n  feed\.ftl\n    line \d+: syntax error")

    def test_reports_a_message_in_a_different_file_than_in_english(self) -> None:
        self.edit_swedish("feed.ftl", "feed-heading = God morgon, { $name }! Det här är nytt.\n", "")
        self.edit_swedish("core.ftl", "-brand = Gemenskap\n",
                          "-brand = Gemenskap\nfeed-heading = God morgon, { $name }! Det här är nytt.\n")
        status, output = self.check()
        self.assertEqual(status, 1)
        self.assertIn("core.ftl\n    feed-heading\n      - line 2: belongs in feed.ftl, as in English", output)

    def test_reports_missing_and_extra_attributes(self) -> None:
        self.edit_swedish("feed.ftl", "    .aria-label = Öppna inlägget", "    .aria-description = Öppna inlägget")
        status, output = self.check()
        self.assertEqual(status, 1)
        self.assertIn("attributes differ from English: missing .aria-label; not in English .aria-description",
                      output)

    def test_reports_a_message_whose_value_is_empty(self) -> None:
        self.edit_swedish("core.ftl", "core-welcome = Välkommen till { -brand }", 'core-welcome = { "" }')
        status, output = self.check()
        self.assertEqual(status, 1)
        self.assertIn("core-welcome\n      - line 2: the value is empty", output)
        self.assertIn("sv    80.0%  (4/5)", output)

    def test_allows_terms_to_take_their_own_grammatical_parameters_and_attributes(self) -> None:
        self.edit_swedish("core.ftl", "-brand = Gemenskap\n",
                          "-brand = { $case ->\n   *[nominative] Gemenskap\n    [genitive] Gemenskaps\n}\n"
                          "    .gender = common\n")
        status, output = self.check()
        self.assertEqual(status, 0, output)

    def test_checks_a_locale_that_has_no_files_yet(self) -> None:
        (self.root / "locales" / "pl").mkdir()
        status, output = self.check()
        self.assertEqual(status, 1)
        self.assertIn("pl     0.0%  (0/5)  missing 5", output)

    def test_reports_a_stale_en_xa(self) -> None:
        self.write_locale("en", {"core.ftl": ENGLISH["core.ftl"] + "core-signed-out = You are signed out\n"})
        self.edit_swedish("core.ftl", "-brand = Gemenskap\n", "-brand = Gemenskap\ncore-signed-out = Du är utloggad\n")
        status, output = self.check()
        self.assertEqual(status, 1)
        self.assertIn("en-XA is stale: run make l10n-pseudo (differs in core.ftl)", output)
        self.assertIn("STALE", self.summary_line(output, "en-XA"))
        self.assertIn("sv   100.0%  (6/6)", output)

    def test_reports_a_hand_edited_en_xa_as_stale(self) -> None:
        path = self.root / "locales" / "en-XA" / "core.ftl"
        path.write_text(path.read_text(encoding="utf-8") + "\n# a note\n", encoding="utf-8")
        status, output = self.check()
        self.assertEqual(status, 1)
        self.assertIn("en-XA is stale: run make l10n-pseudo", output)

    def test_reports_a_missing_en_xa_as_stale(self) -> None:
        for path in (self.root / "locales" / "en-XA").iterdir():
            path.unlink()
        (self.root / "locales" / "en-XA").rmdir()
        status, output = self.check()
        self.assertEqual(status, 1)
        self.assertIn("en-XA is stale: run make l10n-pseudo (differs in core.ftl, feed.ftl)", output)
        self.assertIn("locales/en-XA does not exist", output)
        self.assertNotIn("feed-heading", output, "one line, not every id as missing")
        self.assertIn("en-XA   0.0%  (0/5)  missing 5", output)


# Lithuanian: `one` holds 1, 21, 31 …, `few` 2–9, 22–29 …, `many` fractions, `other` 0, 10–20, 30 …
LITHUANIAN = {
    "core.ftl": """\
        -brand = Gemenskap
        core-welcome = Sveiki atvykę į { -brand }
        """,
    "feed.ftl": """\
        feed-comment-count = { $count ->
            [one] { $count } komentaras, paskutinį parašė { $author }
            [few] { $count } komentarai, paskutinį parašė { $author }
            [many] { $count } komentaro, paskutinį parašė { $author }
           *[other] { $count } komentarų, paskutinį parašė { $author }
        }
            .title = Įrašo komentarai
        feed-open =
            .label = Atidaryti
            .aria-label = Atidaryti įrašą iš { DATETIME($date, month: "long") }
        feed-heading = Labas rytas, { $name }! Štai kas naujo.
        """,
}

LITHUANIAN_COUNT = """\
    feed-comment-count = { $count ->
        [one] { $count } komentaras, paskutinį parašė { $author }
        [few] { $count } komentarai, paskutinį parašė { $author }
        [many] { $count } komentaro, paskutinį parašė { $author }
       *[other] { $count } komentarų, paskutinį parašė { $author }
    }
    """


class GrammarTests(LocaleTreeTestCase):
    """The checks every locale gets, English and en-XA included: plural categories, variant keys,
    references, and formatting with sample arguments. Each test breaks a locale, then fixes it."""

    def setUp(self) -> None:
        super().setUp()
        self.write_locale("lt", LITHUANIAN)
        self.generate_pseudo()

    def replace_lithuanian_count(self, text: str) -> None:
        path = self.root / "locales" / "lt" / "feed.ftl"
        old = re.search(r"^feed-comment-count = .*?\n}\n", path.read_text(encoding="utf-8"), re.M | re.S).group(0)
        self.edit("lt", "feed.ftl", old, textwrap.dedent(text))

    def assert_fails(self, pattern: str, count: str, lang: str) -> str:
        status, output = self.check()
        self.assertEqual(status, 1, output)
        self.assertRegex(output, pattern)
        self.assertIn(count, self.summary_line(output, lang))
        return output

    def assert_passes(self) -> None:
        status, output = self.check()
        self.assertEqual(status, 0, output)
        self.assertIn("All locales are complete", output)

    def test_the_fixture_passes_every_check(self) -> None:
        self.assert_passes()

    def test_plural_rules_come_from_cldr_and_en_xa_has_the_english_ones(self) -> None:
        self.assertEqual(l10n.plural_rules("lt").categories, {"one", "few", "many", "other"})
        self.assertEqual(l10n.plural_rules("lv").categories, {"zero", "one", "other"})
        self.assertEqual(l10n.plural_rules("en-XA").categories, {"one", "other"})
        self.assertEqual(l10n.plural_rules("lt").integers("one")[:3], [1, 21, 31])
        self.assertIsNone(l10n.plural_rules("xx-not-a-language"))

    # a: every CLDR category of the language is a variant key ---------------------------------

    def test_reports_a_plural_select_without_every_category_of_the_language(self) -> None:
        self.replace_lithuanian_count("""\
            feed-comment-count = { $count ->
                [one] { $count } komentaras, paskutinį parašė { $author }
               *[other] { $count } komentarų, paskutinį parašė { $author }
            }
            """)
        self.assert_fails(r"== lt ==\n  feed\.ftl\n    feed-comment-count\n      - line 1: the plural select on "
                          r"\$count has no variant for \[few\], \[many\]: lt has the plural categories one, few, "
                          r"many, other", "plural problems 1", "lt")
        self.replace_lithuanian_count(LITHUANIAN_COUNT)
        self.assert_passes()

    def test_a_select_on_exact_numbers_needs_every_category_too(self) -> None:
        self.edit_swedish("core.ftl", "core-welcome = Välkommen till { -brand }",
                          "core-welcome = { $count ->\n    [0] Välkommen\n   *[other] Välkommen ({ $count })\n}")
        self.write_locale("en", {"core.ftl": ENGLISH["core.ftl"].replace(
            "core-welcome = Welcome to { -brand }",
            "core-welcome = { $count ->\n            [0] Welcome\n           *[other] Welcome ({ $count })\n        }")})
        self.edit("lt", "core.ftl", "core-welcome = Sveiki atvykę į { -brand }",
                  "core-welcome = { $count ->\n    [0] Sveiki\n    [one] Sveiki ({ $count })\n"
                  "    [few] Sveiki ({ $count })\n    [many] Sveiki ({ $count })\n   *[other] Sveiki ({ $count })\n}")
        self.generate_pseudo()
        output = self.assert_fails(r"== sv ==\n  core\.ftl\n    core-welcome\n      - line 2: the plural select on "
                                   r"\$count has no variant for \[one\]", "plural problems 1", "sv")
        self.assertRegex(output, r"== en ==\n  core\.ftl\n    core-welcome\n      - line \d+: the plural select")
        self.assertIn("plural problems 1", self.summary_line(output, "en"))
        self.assertIn("plural problems 1", self.summary_line(output, "en-XA"), "en-XA has the English rules")
        self.assertNotIn("== lt ==", output)
        self.edit_swedish("core.ftl", "    [0] Välkommen\n", "    [0] Välkommen\n    [one] Välkommen ({ $count })\n")
        self.write_locale("en", {"core.ftl": ENGLISH["core.ftl"].replace(
            "core-welcome = Welcome to { -brand }",
            "core-welcome = { $count ->\n            [0] Welcome\n            [one] Welcome ({ $count })\n"
            "           *[other] Welcome ({ $count })\n        }")})
        self.generate_pseudo()
        self.assert_passes()

    def test_reports_a_category_the_language_does_not_have(self) -> None:
        self.edit_swedish("feed.ftl", "   *[other] { $count } kommentarer",
                          "    [few] { $count } kommentarer, senast av { $author }\n   *[other] { $count } kommentarer")
        self.assert_fails(r"feed-comment-count\n      - line 3: \[few\] is not a plural category of sv \(it has one, "
                          r"other\), so this variant is never chosen", "plural problems 1", "sv")
        self.edit_swedish("feed.ftl", "    [few] { $count } kommentarer, senast av { $author }\n", "")
        self.assert_passes()

    def test_a_select_on_grammatical_case_is_not_a_plural_select(self) -> None:
        self.edit("lt", "core.ftl", "-brand = Gemenskap\n",
                  "-brand = { $case ->\n   *[nominative] Gemenskap\n    [genitive] Gemenskap\n}\n")
        self.assert_passes()

    # b: no duplicate or shadowed variant keys --------------------------------------------------

    def test_reports_a_variant_key_given_twice(self) -> None:
        self.edit_swedish("feed.ftl", "   *[other] { $count } kommentarer",
                          "    [one] En enda kommentar av { $author }\n   *[other] { $count } kommentarer")
        self.assert_fails(r"feed-comment-count\n      - line 3: the key \[one\] is given twice in the select on "
                          r"\$count \(first at line 2\); the second can never be chosen", "variant problems 1", "sv")
        self.edit_swedish("feed.ftl", "    [one] En enda kommentar av { $author }\n", "")
        self.assert_passes()

    def test_reports_a_number_key_that_a_category_key_above_it_shadows(self) -> None:
        # As in fluent-bundle, the app's runtime, the first variant that matches wins.
        self.replace_lithuanian_count("""\
            feed-comment-count = { $count ->
                [one] { $count } komentaras, paskutinį parašė { $author }
                [1] Vienas komentaras, parašė { $author }
                [few] { $count } komentarai, paskutinį parašė { $author }
                [many] { $count } komentaro, paskutinį parašė { $author }
               *[other] { $count } komentarų, paskutinį parašė { $author }
            }
            """)
        self.assert_fails(r"feed-comment-count\n      - line 3: \[1\] can never be chosen: \[one\] above it \(line 2\) "
                          r"matches 1 first; put number keys above the category keys", "variant problems 1", "lt")
        self.replace_lithuanian_count("""\
            feed-comment-count = { $count ->
                [1] Vienas komentaras, parašė { $author }
                [one] { $count } komentaras, paskutinį parašė { $author }
                [few] { $count } komentarai, paskutinį parašė { $author }
                [many] { $count } komentaro, paskutinį parašė { $author }
               *[other] { $count } komentarų, paskutinį parašė { $author }
            }
            """)
        self.assert_passes()

    # c: references resolve within the locale ---------------------------------------------------

    def test_reports_a_reference_to_an_undefined_message(self) -> None:
        self.edit_swedish("core.ftl", "Välkommen till { -brand }", "Välkommen till { core-brand-name }")
        output = self.assert_fails(r"== sv ==\n  core\.ftl\n    core-welcome\n      - line 2: refers to the message "
                                   r"`core-brand-name`, which sv does not define", "broken references 1", "sv")
        self.assertNotIn("render problems", self.summary_line(output, "sv"), "one fault, one report")
        self.edit_swedish("core.ftl", "{ core-brand-name }", "{ -brand }")
        self.assert_passes()

    def test_reports_a_reference_to_an_undefined_term(self) -> None:
        self.edit_swedish("core.ftl", "Välkommen till { -brand }", "Välkommen till { -brnd }")
        self.assert_fails(r"core-welcome\n      - line 2: refers to the term `-brnd`, which sv does not define",
                          "broken references 1", "sv")
        self.edit_swedish("core.ftl", "{ -brnd }", "{ -brand }")
        self.assert_passes()

    def test_reports_a_reference_to_an_undefined_attribute(self) -> None:
        self.edit_swedish("feed.ftl", "Det här är nytt.", "{ feed-open.title }")
        self.assert_fails(r"feed-heading\n      - line 9: refers to `feed-open\.title`, but `feed-open` has no "
                          r"attribute \.title", "broken references 1", "sv")
        self.edit_swedish("feed.ftl", "{ feed-open.title }", "{ feed-open.label }")
        self.assert_passes()

    def test_reports_a_selector_on_an_undefined_term_attribute(self) -> None:
        self.edit_swedish("core.ftl", "core-welcome = Välkommen till { -brand }",
                          "core-welcome = { -brand.gender ->\n    [neuter] Välkommen till det\n"
                          "   *[other] Välkommen till { -brand }\n}")
        self.assert_fails(r"core-welcome\n      - line 2: refers to `-brand\.gender`, but `-brand` has no attribute "
                          r"\.gender", "broken references 1", "sv")
        self.edit_swedish("core.ftl", "-brand = Gemenskap\n", "-brand = Gemenskap\n    .gender = common\n")
        self.assert_passes()

    def test_reports_a_reference_to_a_message_without_a_value(self) -> None:
        self.edit_swedish("feed.ftl", "Det här är nytt.", "{ feed-open }")
        self.assert_fails(r"feed-heading\n      - line 9: refers to `feed-open`, which has no value, only attributes",
                          "broken references 1", "sv")
        self.edit_swedish("feed.ftl", "{ feed-open }", "{ feed-open.label }")
        self.assert_passes()

    # d: every message and attribute formats with sample arguments ------------------------------

    def test_reports_a_message_that_does_not_format(self) -> None:
        self.edit_swedish("feed.ftl", "God morgon, { $name }!", "God morgon, { UPPER($name) }!")
        self.assert_fails(r"feed-heading\n      - line 9: does not format: FluentReferenceError: Unknown function: "
                          r"UPPER", "render problems 1", "sv")
        self.edit_swedish("feed.ftl", "{ UPPER($name) }", "{ $name }")
        self.assert_passes()

    def test_formats_each_attribute_with_every_sample_number(self) -> None:
        # Only $count = 5 reaches the broken variant, and only in the attribute.
        self.edit_swedish("feed.ftl", "    .title = Kommentarer på inlägget",
                          "    .title = { $count ->\n        [5] { UPPER(\"fem\") } kommentarer\n"
                          "        [one] Kommentar\n       *[other] Kommentarer\n    }")
        self.assert_fails(r"feed-comment-count\n      - line 5: \.title: does not format with \$count = 5: "
                          r"FluentReferenceError: Unknown function: UPPER", "render problems 1", "sv")
        self.edit_swedish("feed.ftl", '{ UPPER("fem") } kommentarer', "Fem kommentarer")
        self.assert_passes()

    def test_reports_a_cycle_of_references(self) -> None:
        self.edit_swedish("core.ftl", "Välkommen till { -brand }", "Välkommen till { core-welcome }")
        self.assert_fails(r"core-welcome\n      - line 2: does not format: FluentCyclicReferenceError: Cyclic "
                          r"reference", "render problems 1", "sv")
        self.edit_swedish("core.ftl", "{ core-welcome }", "{ -brand }")
        self.assert_passes()

    def test_reports_a_category_of_many_numbers_whose_variant_hides_the_number(self) -> None:
        # The Lithuanian `one` holds 21 too: "Vienas komentaras" (one comment) would say 21 is one.
        self.replace_lithuanian_count("""\
            feed-comment-count = { $count ->
                [one] Vienas komentaras, parašė { $author }
                [few] { $count } komentarai, paskutinį parašė { $author }
                [many] { $count } komentaro, paskutinį parašė { $author }
               *[other] { $count } komentarų, paskutinį parašė { $author }
            }
            """)
        self.assert_fails(r"feed-comment-count\n      - line 2: \[one\] does not print \$count, but in lt the category "
                          r"one holds 1, 21, 31, 41, … \(\$count = 21 gives “Vienas komentaras, parašė Kim”\)",
                          "render problems 1", "lt")
        self.replace_lithuanian_count("""\
            feed-comment-count = { $count ->
                [1] Vienas komentaras, parašė { $author }
                [one] { $count } komentaras, paskutinį parašė { $author }
                [few] { $count } komentarai, paskutinį parašė { $author }
                [many] { $count } komentaro, paskutinį parašė { $author }
               *[other] { $count } komentarų, paskutinį parašė { $author }
            }
            """)
        self.assert_passes()

    def test_variants_that_say_what_the_default_says_may_leave_the_number_out(self) -> None:
        # Like post-not-notified: the number only picks the grammar, and is never printed.
        self.replace_lithuanian_count("""\
            feed-comment-count = { $count ->
                [1] Komentarą parašė { $author }
                [one] Komentarus parašė { $author } ir kiti
                [few] Komentarus parašė { $author } ir kiti
                [many] Komentarus parašė { $author } ir kiti
               *[other] Komentarus parašė { $author } ir kiti
            }
            """)
        self.assert_passes()
        self.edit("lt", "feed.ftl", "    [few] Komentarus parašė", "    [few] Komentarą parašė")
        self.assert_fails(r"feed-comment-count\n      - line 4: \[few\] does not print \$count, but in lt the category "
                          r"few holds 2, 3, 4, 5, … \(\$count = 5 gives “Komentarą parašė Kim ir kiti”\)", "render problems 1", "lt")

    def test_a_category_of_one_number_may_leave_the_number_out(self) -> None:
        # English and Swedish `one` hold only 1, so "One comment" is right; so is any [0] or [1] key.
        self.edit_swedish("feed.ftl", "   *[other] { $count } kommentarer",
                          "    [0] Inga kommentarer\n   *[other] { $count } kommentarer")
        self.assert_passes()


class PseudoTests(LocaleTreeTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.generate_pseudo()

    def parse_pair(self, name: str) -> tuple[ast.Resource, ast.Resource]:
        english = FluentParser().parse(textwrap.dedent(ENGLISH[name]))
        pseudo = FluentParser().parse(self.pseudo_file(name))
        return english, pseudo

    def test_pseudo_writes_one_file_per_english_file(self) -> None:
        names = sorted(p.name for p in (self.root / "locales" / "en-XA").iterdir())
        self.assertEqual(names, ["core.ftl", "feed.ftl"])

    def test_pseudo_output_parses_without_errors(self) -> None:
        for name in ENGLISH:
            _, pseudo = self.parse_pair(name)
            junk = [entry.content for entry in pseudo.body if isinstance(entry, ast.Junk)]
            self.assertEqual(junk, [], name)

    def test_pseudo_keeps_placeables_and_variables_intact(self) -> None:
        for name in ENGLISH:
            english, pseudo = self.parse_pair(name)
            self.assertEqual(placeables(pseudo), placeables(english), name)
            english_vars, pseudo_vars = _Variables(), _Variables()
            english_vars.visit(english)
            pseudo_vars.visit(pseudo)
            self.assertEqual(pseudo_vars.names, english_vars.names, name)
        self.assertIn('{ DATETIME($date, month: "long") }', self.pseudo_file("feed.ftl"))
        self.assertIn("[one] ", self.pseudo_file("feed.ftl"))
        self.assertIn("*[other] { $count } ", self.pseudo_file("feed.ftl"))

    def test_pseudo_keeps_ids_attributes_and_comments(self) -> None:
        english, pseudo = self.parse_pair("feed.ftl")

        def shape(resource: ast.Resource) -> list[tuple]:
            return [(entry.id.name, entry.comment.content if entry.comment else None,
                     [a.id.name for a in entry.attributes])
                    for entry in resource.body if isinstance(entry, (ast.Message, ast.Term))]

        self.assertEqual(shape(pseudo), shape(english))
        self.assertIn("### Feed: the stream of posts on the start page.", self.pseudo_file("feed.ftl"))

    def test_pseudo_accents_and_brackets_the_text(self) -> None:
        text = self.pseudo_file("core.ftl")
        self.assertIn("core-welcome = [Ŵéļçöɱé ţö~~~ { -brand }]", text)
        self.assertIn("-brand = [Ĝéɱéñšķåþ~~~]", text)

    def test_pseudo_output_is_longer_than_the_source(self) -> None:
        english, pseudo = self.parse_pair("feed.ftl")

        def text_length(resource: ast.Resource) -> int:
            total = 0

            class Count(Visitor):
                def visit_TextElement(self, node: ast.TextElement) -> None:
                    nonlocal total
                    total += len(node.value)

            Count().visit(resource)
            return total

        self.assertGreater(text_length(pseudo), text_length(english) * 1.3)

    def test_pseudo_output_is_deterministic(self) -> None:
        first = {name: self.pseudo_file(name) for name in ENGLISH}
        self.generate_pseudo()
        self.assertEqual({name: self.pseudo_file(name) for name in ENGLISH}, first)
        status, output = run("pseudo", "--root", str(self.root))
        self.assertNotIn("wrote", output)

    def test_pseudo_writes_a_generated_header(self) -> None:
        first_line = self.pseudo_file("core.ftl").splitlines()[0]
        self.assertTrue(first_line.startswith("### GENERATED by scripts/l10n.py pseudo"), first_line)
        self.assertIn("Do not edit by hand", self.pseudo_file("core.ftl"))

    def test_pseudo_removes_files_whose_english_file_is_gone(self) -> None:
        (self.root / "locales" / "en" / "feed.ftl").unlink()
        self.generate_pseudo()
        self.assertFalse((self.root / "locales" / "en-XA" / "feed.ftl").exists())

    def test_pseudo_refuses_to_generate_from_english_with_syntax_errors(self) -> None:
        self.write_locale("en", {"core.ftl": "core-broken = { $x\n"})
        before = self.pseudo_file("core.ftl")
        status, output = run("pseudo", "--root", str(self.root))
        self.assertEqual(status, 1)
        self.assertIn("locales/en/core.ftl line 1: syntax error", output)
        self.assertEqual(self.pseudo_file("core.ftl"), before)


if __name__ == "__main__":
    unittest.main()
