from handbook.core.words import count


def test_counts_read_as_plain_english() -> None:
    assert count(0, "error") == "0 errors"
    assert count(1, "error") == "1 error"
    assert count(2, "error") == "2 errors"
    assert count(1, "thing", "things") == "1 thing"
    assert count(3, "activity", "activities") == "3 activities"
