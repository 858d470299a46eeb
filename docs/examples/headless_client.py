"""A headless client of the portal, using only `requests`: it never loads an HTML page.

    python docs/examples/headless_client.py http://127.0.0.1:8000            # the concepts and their chapters
    python docs/examples/headless_client.py http://127.0.0.1:8000 <chapter>  # one chapter, its comments and responses
    python docs/examples/headless_client.py http://127.0.0.1:8000 <chapter> "Name" "e-mail" "Text"  # post a comment

Tested against a live test server in tests/test_headless_example.py; docs/api.md explains every field.
"""

import sys

import requests

TIMEOUT = 10


def get(session, url, **params):
    response = session.get(url, params=params, timeout=TIMEOUT)
    response.raise_for_status()
    return response.json()


def concepts_with_chapters(session, base):
    """[(concept title, [(chapter id, number, title, comment count)])]."""
    pages = f"{base}/api/v2/pages/"
    concepts = get(session, pages, type="concept.ConceptPage", fields="participation_state", limit=100)["items"]
    result = []
    for concept in concepts:
        chapters = get(
            session, pages, type="concept.ChapterPage", child_of=concept["id"], fields="number,participation",
            order="number", limit=100,
        )["items"]  # fmt: skip
        result.append(
            (
                concept["title"],
                [(c["id"], c["number"], c["title"], c["participation"]["comment_count"]) for c in chapters],
            )
        )
    return result


def chapter_with_comments(session, base, chapter_id):
    """The chapter (title, blocks) and every comment of it: all pages of threads, then the threads
    about removed paragraphs; each comment with its replies and the district's response."""
    chapter = get(session, f"{base}/api/v2/pages/{chapter_id}/")
    url = chapter["participation"]["comments_url"]
    first = get(session, url)
    threads = list(first["results"])
    for number in range(2, first["num_pages"] + 1):
        threads += get(session, url, page=number)["results"]
    return chapter, first, threads + first["removed"]


def post_comment(session, base, chapter_id, name, email, text, *, language="de"):
    """Posts through the API alone: a form token, then the comment (no cookie, no CSRF token).
    Returns (HTTP status, JSON answer)."""
    token = get(session, f"{base}/api/comments/token/", chapter=chapter_id)
    body = {"token": token["token"], "name": name, "email": email, "comment": text, "consent": True}
    response = session.post(token["post_url"], json=body, headers={"Accept-Language": language}, timeout=TIMEOUT)
    return response.status_code, response.json()


def print_thread(comments, indent=0):
    for comment in comments:
        pad = "  " * indent
        print(f"{pad}- {comment['name'] or '(ausgeblendet)'}: {comment['text'] or comment['hidden_reason']}")
        if comment["removed_paragraph_text"]:
            print(f"{pad}  zu einem entfernten Abschnitt: »{comment['removed_paragraph_text']}«")
        if comment["response"]:
            print(f"{pad}  Stellungnahme ({comment['response']['outcome_label']}): {comment['response']['text']}")
        print_thread(comment["replies"], indent + 1)


def main(argv):
    base = argv[1].rstrip("/")
    session = requests.Session()
    if len(argv) == 2:
        for title, chapters in concepts_with_chapters(session, base):
            print(title)
            for chapter_id, number, chapter_title, count in chapters:
                print(f"  {number}. {chapter_title} (id {chapter_id}, {count} Kommentare)")
    elif len(argv) == 3:
        chapter, first, comments = chapter_with_comments(session, base, int(argv[2]))
        print(f"{chapter['title']}: {first['comment_count']} Kommentare")
        print_thread(comments)
    else:
        status, answer = post_comment(session, base, int(argv[2]), *argv[3:6])
        print(status, answer)
        return 0 if status == 201 else 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
