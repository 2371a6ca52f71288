-- A Neovim user's session, headless: Neovim's own LSP client (0.7.2, Debian 12) starts
-- `node dist/server.js --stdio`, opens a draft, waits for the pushed diagnostics, types the start
-- of a citation and asks for completion, then prints what it got, one item a line:
--   DIAG <line>:<col> <severity> <code> <message>       (0-based, as LSP counts)
--   COMPLETION <label> => <text inserted>
--   DONE | ERROR <why>
-- Run by test/editor/neovim/neovim.test.ts:
--   nvim --headless -n -i NONE -u NONE -c "luafile test/editor/neovim/probe.lua"
-- with VANBAN_NODE, VANBAN_SERVER, VANBAN_DRAFT and VANBAN_TYPE in the environment.

local function out(s)
  io.stdout:write(s .. '\n')
  io.stdout:flush()
end

local function oneline(s)
  return (tostring(s or ''):gsub('[\r\n]+', ' '))
end

local function main()
  local node = assert(os.getenv('VANBAN_NODE'), 'VANBAN_NODE is not set')
  local server = assert(os.getenv('VANBAN_SERVER'), 'VANBAN_SERVER is not set')
  local draft = assert(os.getenv('VANBAN_DRAFT'), 'VANBAN_DRAFT is not set')
  local typed = assert(os.getenv('VANBAN_TYPE'), 'VANBAN_TYPE is not set')

  vim.cmd('edit ' .. vim.fn.fnameescape(draft))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'markdown'

  local exited = false
  local client_id = vim.lsp.start_client({
    name = 'vanban',
    cmd = { node, server, '--stdio' },
    root_dir = vim.fn.fnamemodify(draft, ':p:h'),
    -- Answers the server's workspace/configuration request for the section "vanban".
    settings = { vanban = { enable = 'auto' } },
    on_exit = function() exited = true end,
  })
  assert(client_id, 'vim.lsp.start_client returned nil')
  vim.lsp.buf_attach_client(buf, client_id)

  -- Pushed diagnostics (Neovim 0.7 has no pull diagnostics).
  local got = vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
  if not got then error('no diagnostics within 30 s') end
  local diags = vim.diagnostic.get(buf)
  table.sort(diags, function(a, b)
    if a.lnum ~= b.lnum then return a.lnum < b.lnum end
    return a.col < b.col
  end)
  for _, d in ipairs(diags) do
    out(string.format('DIAG %d:%d %d %s %s', d.lnum, d.col, d.severity, tostring(d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''), oneline(d.message)))
  end

  -- Type the start of a citation on a new last line, as a writer would, and ask for completion
  -- at its end.
  local last = vim.api.nvim_buf_line_count(buf)
  vim.api.nvim_buf_set_lines(buf, last, last, false, { typed })
  local params = {
    textDocument = vim.lsp.util.make_text_document_params(buf),
    position = { line = last, character = vim.str_utfindex(typed) },
    context = { triggerKind = 1 },
  }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/completion', params, 15000)
  local count = 0
  for _, r in pairs(responses or {}) do
    if r.err then error('completion: ' .. vim.inspect(r.err)) end
    local items = r.result and (r.result.items or r.result) or {}
    for _, it in ipairs(items) do
      local text = (it.textEdit and it.textEdit.newText) or it.insertText or it.label
      out(string.format('COMPLETION %s => %s', oneline(it.label), oneline(text)))
      count = count + 1
    end
  end
  if count == 0 then out('COMPLETION-NONE') end

  vim.lsp.stop_client(client_id)
  vim.wait(10000, function() return exited end, 50)
  out('DONE')
end

local ok, err = pcall(main)
if not ok then
  out('ERROR ' .. oneline(err))
  vim.cmd('cquit 1')
else
  vim.cmd('qall!')
end
