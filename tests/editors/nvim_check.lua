-- Run by tests/test_editors.py in a headless Neovim (0.7+): open a plan, attach
-- `planlint lsp`, wait for diagnostics, ask for the quick fixes of the first $PLANLINT_CODE,
-- and write what the editor saw as JSON.
local out, file, py = vim.env.PLANLINT_OUT, vim.env.PLANLINT_FILE, vim.env.PLANLINT_PY
vim.cmd("edit " .. file)
local buf = vim.api.nvim_get_current_buf()
local id = vim.lsp.start_client({ name = "planlint", cmd = { py, "-m", "planlint", "lsp" }, root_dir = vim.fn.getcwd() })
vim.lsp.buf_attach_client(buf, id)
vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 100)
local result = { items = {}, actions = {} }
local target
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local lsp = (d.user_data or {}).lsp or {}
  local code = d.code or lsp.code
  table.insert(result.items, { lnum = d.lnum, col = d.col, code = code, message = d.message })
  if code == vim.env.PLANLINT_CODE and not target then target = d end
end
if target then
  local lsp = (target.user_data or {}).lsp or {}
  local range = { start = { line = target.lnum, character = target.col },
                  ["end"] = { line = target.end_lnum, character = target.end_col } }
  local diag = { range = range, message = target.message, code = vim.env.PLANLINT_CODE, source = "planlint", data = lsp.data,
                 severity = target.severity }
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, range = range, context = { diagnostics = { diag } } }
  local resp = vim.lsp.get_client_by_id(id).request_sync("textDocument/codeAction", params, 20000, buf)
  if resp and resp.result then
    for _, a in ipairs(resp.result) do table.insert(result.actions, a.title) end
  end
end
local f = io.open(out, "w")
f:write(vim.fn.json_encode(result))
f:close()
vim.cmd("qa!")
