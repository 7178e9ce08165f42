package org.healthscore.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** File dialogs that answer with what the test queued, in order. */
class FakeDialogs implements FileDialogs {
    final Deque<Object> answers = new ArrayDeque<>();

    FakeDialogs answer(Object pathOrList) {
        answers.add(pathOrList);
        return this;
    }

    @Override
    public Optional<Path> save(String title, String suggestedName, String description, String extension) {
        return Optional.ofNullable((Path) answers.poll());
    }

    @Override
    public Optional<Path> open(String title, String description, String extension) {
        return Optional.ofNullable((Path) answers.poll());
    }

    @SuppressWarnings("unchecked")
    @Override
    public List<Path> openMany(String title, String description, String... extensions) {
        Object a = answers.poll();
        return a == null ? List.of() : (List<Path>) a;
    }
}
