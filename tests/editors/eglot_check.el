;;; eglot_check.el --- run by tests/test_editors.py in a batch Emacs with eglot  -*- lexical-binding: t -*-
;; Open $PLANLINT_FILE in a plan-mode set up as the README says, start `planlint lsp'
;; through eglot, wait for its diagnostics (flymake), ask for the code actions of the
;; first $PLANLINT_CODE, and write what the editor saw as JSON to $PLANLINT_OUT.
(require 'package)
;; Debian's elpa-eglot lives here; with -Q the site files that add it do not run
(when (file-directory-p "/usr/share/emacs/site-lisp/elpa")
  (add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa"))
(package-initialize)
(require 'eglot)
(require 'json)

(let* ((out (getenv "PLANLINT_OUT"))
       (file (getenv "PLANLINT_FILE"))
       (py (getenv "PLANLINT_PY"))
       (code (getenv "PLANLINT_CODE"))
       (result (list (cons 'items []) (cons 'actions []))))
  (define-derived-mode plan-mode prog-mode "Plan" (setq-local comment-start "# "))
  (add-to-list 'auto-mode-alist '("\\.plan\\'" . plan-mode))
  (add-to-list 'eglot-server-programs `(plan-mode ,py "-m" "planlint" "lsp"))
  (setq eglot-sync-connect 30)
  (condition-case err
      (progn
        (find-file file)
        (eglot-ensure)
        ;; eglot-ensure connects on the next command loop; in batch there is none
        (run-hooks 'post-command-hook)
        (let ((deadline (+ (float-time) 60)))
          (while (and (< (float-time) deadline) (null (flymake-diagnostics)))
            (when (eglot-current-server) (flymake-start))
            (accept-process-output nil 0.2)))
        (let (items target)
          (dolist (d (flymake-diagnostics))
            (let* ((lsp (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d))))
                   (dcode (plist-get lsp :code)))
              (save-excursion
                (goto-char (flymake-diagnostic-beg d))
                (push `((line . ,(line-number-at-pos)) (column . ,(- (point) (line-beginning-position)))
                        (code . ,dcode) (message . ,(flymake-diagnostic-text d)))
                      items))
              (when (and (equal dcode code) (null target)) (setq target d))))
          (setf (alist-get 'items result) (vconcat (nreverse items)))
          (when target
            (let ((actions (eglot-code-actions (flymake-diagnostic-beg target) (flymake-diagnostic-end target))))
              (setf (alist-get 'actions result)
                    (vconcat (mapcar (lambda (a) (plist-get a :title)) actions)))))))
    (error (push (cons 'error (format "%S" err)) result)))
  (with-temp-file out
    (set-buffer-file-coding-system 'utf-8)
    (insert (json-encode result)))
  (ignore-errors (eglot-shutdown (eglot-current-server)))
  (kill-emacs 0))
