import pytest

from handprint.spec.pages import describe, orient, parse_size
from handprint.spec.units import UnitError, parse_length


@pytest.mark.parametrize("text,points", [("0.125in", 9.0), ("3mm", 8.5039), ("1cm", 28.3465),
                                         ("12pt", 12.0), (".5in", 36.0), ("0", 0.0)])
def test_lengths(text, points):
    assert parse_length(text) == pytest.approx(points, abs=1e-3)


@pytest.mark.parametrize("text,message", [
    ("5", "not a length"), ("-3mm", "is negative"), ("3 furlongs", "not a length"),
    ("", "not a length"), ("in", "not a length")])
def test_bad_lengths(text, message):
    with pytest.raises(UnitError, match=message):
        parse_length(text)


@pytest.mark.parametrize("text,size", [
    ("letter", (612, 792)), ("Letter", (612, 792)), ("tabloid", (792, 1224)),
    ("a4", (595.28, 841.89)), ("a1", (1683.78, 2383.94)), ("18x24in", (1296, 1728)),
    ("420x594mm", (1190.55, 1683.78)), ("24x36in", (1728, 2592)), ("30x40cm", (850.39, 1133.86)),
])
def test_sizes(text, size):
    assert parse_size(text) == pytest.approx(size, abs=0.01)


@pytest.mark.parametrize("text,message", [
    ("leter", "did you mean 'letter'"), ("18x0in", "between 1in and 200in"),
    ("100mx1m", "unknown size"), ("4000x4000in", "between 1in and 200in"),
])
def test_bad_sizes(text, message):
    with pytest.raises(UnitError, match=message):
        parse_size(text)


def test_orient_and_describe():
    assert orient((612, 792), "landscape") == (792, 612)
    assert orient((792, 612), "portrait") == (612, 792)
    assert describe((1296, 1728)) == "18x24in"
    assert describe((842, 595)) == "a4 landscape"
